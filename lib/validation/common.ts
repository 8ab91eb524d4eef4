import { z } from "zod";

// FormData sends every field as a string, empty when left blank.
export const id = z.coerce.number({ message: "Choose an item." }).int().positive("Choose an item.");
export const version = z.coerce.number().int().positive("The form is missing its version; reload the page.");

export const requiredText = (label: string, max: number) =>
  z.string({ message: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

export const date = (label: string) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), `${label} is not a real date.`)
    .transform((value) => new Date(`${value}T00:00:00Z`));

export const optionalDate = (label: string) =>
  z.union([z.literal("").transform(() => null), date(label)]).optional().transform((value) => value ?? null);

/** One value or many, as a multi-select or repeated checkboxes send them. */
export const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean).map(Number))
  .pipe(z.array(z.number().int().positive()));

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "URL must be at most 2,000 characters.")
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

export const LIMITS = { title: 200, quote: 2000, note: 5000, documentText: 200_000, description: 5000, short: 200 } as const;
