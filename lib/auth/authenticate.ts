import "server-only";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const LOGIN_FAILED_MESSAGE = "Email or password is incorrect.";

export type AuthenticateResult =
  | { ok: true; user: { id: number; name: string; email: string; role: Role; passwordChangedAt: Date } }
  | { ok: false; message: string };

/**
 * Checks an email and password. Unknown email, wrong password and disabled
 * account all get the same message and take comparable time.
 */
export async function authenticate(rawEmail: string, password: string, _ip: string): Promise<AuthenticateResult> {
  const email = rawEmail.trim().toLowerCase();
  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, role: true, disabled: true, passwordHash: true, passwordChangedAt: true },
      })
    : null;
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabled) return { ok: false, message: LOGIN_FAILED_MESSAGE };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  const { passwordHash: _hash, disabled: _disabled, ...profile } = user;
  return { ok: true, user: profile };
}
