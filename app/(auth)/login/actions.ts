"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import type { ActionState } from "@/lib/action-state";
import { LOGIN_FAILED_MESSAGE } from "@/lib/auth/authenticate";
import { signIn } from "@/lib/auth/next-auth";
import { loginSchema } from "@/lib/validation/auth";

// The one action open to anonymous visitors: it is the way in.
export async function login(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const raw = {
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  };
  const values = { email: String(raw.email), callbackUrl: String(raw.callbackUrl ?? "") };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = parsed.error.flatten();
    return { ok: false, fieldErrors, values };
  }
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: callbackUrl });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      // authorize() puts its plain reason (wrong credentials, or rate limited) in `code`.
      const reason = error instanceof CredentialsSignin && error.code !== "credentials" ? error.code : LOGIN_FAILED_MESSAGE;
      return { ok: false, message: reason, values };
    }
    throw error; // the redirect after a successful login
  }
}
