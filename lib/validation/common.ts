import { z } from "zod";
import { parsePartialDate, realDay } from "@/lib/domain/dates";

/** Length limits, in characters: the schemas refuse past them and the forms show a counter against them. */
export const LIMITS = {
  title: 200,
  quote: 2000,
  note: 5000,
  documentText: 200_000,
  description: 5000,
  short: 200,
  delegationHead: 400,
  url: 2000,
  legalReferences: 2000,
  language: 12,
} as const;

// FormData sends every field as a string, empty when left blank.
export const id = z.coerce.number({ message: "Choose an item." }).int().positive("Choose an item.");
export const version = z.coerce.number().int().positive("The form is missing its version; reload the page.");

/**
 * A string with its line breaks as the browser counted them: multipart form data sends each
 * line break as CRLF, so without this a note the counter shows at the limit would be refused.
 */
export const text = (message?: string) => z.string(message ? { message } : undefined).overwrite((value) => value.replace(/\r\n?/g, "\n"));

export const requiredText = (label: string, max: number) =>
  text(`${label} is required.`).trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`);

export const optionalText = (label: string, max: number) =>
  text()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

export const date = (label: string) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((value) => realDay(value) !== null, `${label} is not a real date.`)
    .transform((value) => realDay(value)!);

export const optionalDate = (label: string) =>
  z.union([z.literal("").transform(() => null), date(label)]).optional().transform((value) => value ?? null);

/** A date known to the day, month or year, or empty when not known: `{ date, precision }` or null. */
export const partialDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parsePartialDate(value ?? "", label);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });

/** One value or many, as a multi-select or repeated checkboxes send them. */
export const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean).map(Number))
  .pipe(z.array(z.number().int().positive()));

export const httpUrl = z
  .string()
  .trim()
  .max(LIMITS.url, "URL must be at most 2,000 characters.")
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a web address starting with http:// or https://.");
