// Display helpers shared by server and client components. Dates are stored as
// UTC calendar days, so they are formatted in UTC to avoid an off-by-one.

import type { DatePrecision, RoundKind } from "@/lib/generated/prisma/enums";

// One formatter each, made once: toLocaleDateString builds a new one per call,
// which cost a theme page with hundreds of dates ~15 ms.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? DAY.format(date) : "";
}

/** A date known to the day ("6 Mar 2025"), the month ("March 2025") or the year ("2025"), or not at all. */
export function formatPartialDate(date: Date | null | undefined, precision: DatePrecision): string {
  if (!date) return "date unknown";
  if (precision === "YEAR") return String(date.getUTCFullYear());
  return precision === "MONTH" ? MONTH.format(date) : DAY.format(date);
}

export function formatDateTime(date: Date): string {
  return `${DAY_TIME.format(date)} UTC`;
}

/** "1 concern", "3 concerns"; `many` for irregular plurals ("statuses"). */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** yyyy-mm-dd, as date inputs want it. */
export function isoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  HUMAN_RIGHTS_DIALOGUE: "Human Rights Dialogue",
  JHA_SUBCOMMITTEE: "Justice and Home Affairs subcommittee",
  OTHER_ENGAGEMENT: "Other engagement",
} as const;

export const ROUND_FORMAT_LABELS = { IN_PERSON: "In person", ONLINE: "Online" } as const;

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "Russian" for "ru", "Kazakh" for "kk"; the code itself when it is not a language code. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
