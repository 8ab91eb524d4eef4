import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { forbiddenCharacter } from "@/lib/domain/text-guard";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }));

/** For choosing a new password; login accepts whatever was typed. */
// Symbols and any script are welcome in a password; only invisible control characters are refused,
// as they cannot be typed again reliably on another keyboard or device.
export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => forbiddenCharacter(value) === null, "A password cannot contain invisible control characters.");

/**
 * Only same-origin paths, so the login page cannot be used to send users
 * elsewhere, and never the login page itself (a loop); anything else (or a
 * repeated parameter) becomes "/" rather than an error, since the visitor did not type it.
 */
export const callbackUrlSchema = z.unknown().transform((url) => {
  const path = safeRedirectPath(url);
  return /^\/login(?:[/?#]|$)/.test(path) ? "/" : path;
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
  callbackUrl: callbackUrlSchema,
});

