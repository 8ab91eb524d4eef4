import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { newPasswordSchema } from "@/lib/validation/auth";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(PASSWORD_MAX_LENGTH, "Enter your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  })
  .refine((input) => !input.currentPassword || input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });

/** The form says what it asks for, so an empty or stray post ends nothing. */
export const logOutEverywhereSchema = z.object({
  scope: z.literal("everywhere", { error: "Use the “Log out everywhere” button on your account page." }),
});
