import { z } from "zod";
import { parsePartialDate, realDay } from "@/lib/domain/dates";
import { parseId } from "@/lib/domain/params";
import { forbiddenCharacter, forbiddenCharacterMessage } from "@/lib/domain/text-guard";

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

/**
 * A positive int4 (an id or a version) in canonical digits. FormData sends every field as a string;
 * z.coerce.number() would also take true, " 1 ", "0x10", "1e3" or 2^31, which name nothing and,
 * past int4, make PostgreSQL throw. Numbers are accepted too, for callers passing plain objects.
 */
export const positiveId = (message: string) =>
  z.unknown().transform((value, ctx) => {
    const parsed = parseId(value);
    if (parsed !== null) return parsed;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** The same, or null when the field was left blank. */
export const optionalPositiveId = (message: string) =>
  // .optional() first: zod refuses an absent key whose schema is not marked optional, even when the transform accepts it.
  z.unknown().optional().transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return null;
    const parsed = parseId(value);
    if (parsed !== null) return parsed;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

export const id = positiveId("Choose an item.");
export const version = positiveId("The form is missing its version; reload the page.");
/**
 * A string with its line breaks as the browser counted them: multipart form data sends each
 * line break as CRLF, so without this a note the counter shows at the limit would be refused.
 */
export const text = (message?: string) =>
  z
    .string(message ? { message } : undefined)
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .superRefine((value, ctx) => {
      const found = forbiddenCharacter(value);
      if (found) ctx.addIssue({ code: "custom", message: forbiddenCharacterMessage(found) });
    });

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

/** One value or many, as a multi-select or repeated checkboxes send them; every one must be an id. */
export const idList = z
  .union([z.string(), z.array(z.string())], { message: "Choose an item." })
  .optional()
  .transform((value, ctx) => {
    const raw = (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean);
    const ids = raw.map(parseId);
    if (ids.every((item) => item !== null)) return ids as number[];
    ctx.addIssue({ code: "custom", message: "Choose an item." });
    return z.NEVER;
  });

export const httpUrl = text()
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
