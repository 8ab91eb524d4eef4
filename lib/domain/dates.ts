// Calendar dates typed by people: a full day, or only the month or year a document gives.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type PartialDate = { date: Date; precision: DatePrecision };
export type ParsedDate = { ok: true; value: PartialDate | null } | { ok: false; message: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day, as a UTC midnight, when `text` (YYYY-MM-DD) names a real one. JavaScript's Date
 * rolls 2020-02-30 over to 1 March; a mistyped date must be refused instead.
 */
export function realDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * YYYY-MM-DD, YYYY-MM or YYYY, or empty for "not known". A month or year is stored
 * as its first day, with the precision saying how much of it is known.
 */
export function parsePartialDate(input: string, label: string): ParsedDate {
  const text = input.trim();
  if (text === "") return { ok: true, value: null };
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  const expected = `${label} must be YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-03-06, 2025-03 or 2025), or empty if not known.`;
  if (!match || (match[3] !== undefined && match[2] === undefined)) return { ok: false, message: expected };
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, value: { date: new Date(Date.UTC(year, 0, 1)), precision: "YEAR" } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, message: `${label}: ${match[2]} is not a month (01 to 12).` };
  if (match[3] === undefined) return { ok: true, value: { date: new Date(Date.UTC(year, month - 1, 1)), precision: "MONTH" } };
  const day = realDay(text);
  if (!day) return { ok: false, message: `${label}: ${text} is not a real date; ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days.` };
  return { ok: true, value: { date: day, precision: "DAY" } };
}

/** What a form field shows for a stored date: the inverse of parsePartialDate. */
export function partialDateInput(date: Date | null | undefined, precision: DatePrecision): string {
  if (!date) return "";
  const iso = date.toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}
