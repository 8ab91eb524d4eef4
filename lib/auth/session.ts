import "server-only";
import { cache } from "react";
import { readSession } from "@/lib/auth/next-auth";
import { SESSION_MAX_AGE_MS } from "@/lib/auth/session-policy";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  role: Role;
  /** Logged in with a one-time password from an admin: must choose their own first. */
  mustChangePassword: boolean;
};

type SessionRow = { expiresAt: Date; id: number; name: string; email: string; role: Role; disabled: boolean; passwordChangedAt: Date; mustChangePassword: boolean };

/**
 * The logged-in user, read with their session row on every request (once per
 * request, one query), so logout, "log out everywhere", a disabled account or
 * a changed role take effect at once rather than when the cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSession();
  const id = Number(session?.user?.id);
  const sessionId = session?.sessionId;
  if (!Number.isInteger(id) || !sessionId) return null;
  if (!session.loginAt || Date.now() - session.loginAt > SESSION_MAX_AGE_MS) return null;
  // One statement with a join: Prisma reads a relation with a second query, and this runs on every request.
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT s.expires_at AS "expiresAt", u.id, u.name, u.email, u.role::text AS role, u.disabled,
           u.password_changed_at AS "passwordChangedAt", u.must_change_password AS "mustChangePassword"
      FROM user_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ${sessionId}`;
  if (!user || user.expiresAt.getTime() <= Date.now()) return null;
  if (user.id !== id || user.disabled) return null;
  // A password reset ends the sessions opened before it.
  if (session.passwordChangedAt !== user.passwordChangedAt.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please log in again.");
  return user;
}

export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user.role, role)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do this.");
  }
  return user;
}
