import { z } from "zod";
import { id } from "@/lib/validation/common";

export const ALIAS_MAX = 100;

export const addAliasSchema = z.object({
  concernId: id,
  term: z
    .string({ message: "Type the alias." })
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { message: "Type the alias.", abort: true })
        .max(ALIAS_MAX, `An alias must be at most ${ALIAS_MAX} characters.`)
        .regex(/[\p{L}\p{N}]/u, "An alias needs at least one letter or digit."),
    ),
  language: z
    .string({ message: "Choose the alias's language." })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, "Choose the alias's language, or type a language code such as en, ru or kk."),
});

export const removeAliasSchema = z.object({ id });
