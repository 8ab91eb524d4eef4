import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { emailSchema, newPasswordSchema } from "@/lib/validation/auth";
import { positiveId, text } from "@/lib/validation/common";

export const roleSchema = z.enum(ROLES, { error: "Choose a role: Admin, Analyst or Viewer." });

export const userNameSchema = text("Enter the person's name.")
  .trim()
  .min(1, "Enter the person's name.")
  .max(120, "A name has at most 120 characters.");

const idSchema = positiveId("Choose a user.");
const versionSchema = positiveId("Reload the page and try again.");

export const createUserSchema = z.object({ email: emailSchema, name: userNameSchema, role: roleSchema });

/** What the command-line tool checks: a new user plus the password typed for them. */
export const createUserWithPasswordSchema = createUserSchema.extend({ password: newPasswordSchema });

export const changeRoleSchema = z.object({ id: idSchema, version: versionSchema, role: roleSchema });

export const setDisabledSchema = z.object({
  id: idSchema,
  version: versionSchema,
  disabled: z.enum(["true", "false"], { error: "Choose whether to disable or enable the account." }).transform((value) => value === "true"),
});

export const resetPasswordSchema = z.object({ id: idSchema, version: versionSchema });

export const endSessionsSchema = z.object({ id: idSchema });

export type CreateUserInput = z.infer<typeof createUserSchema>;
