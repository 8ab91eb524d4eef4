import "server-only";
import { cache } from "react";
import { auth, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/next-auth";
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

/**
 * The logged-in user, read from the users table on every request (once per
 * request), so a disabled account or a changed role takes effect at once
 * rather than when the token expires.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, disabled: true, passwordChangedAt: true, mustChangePassword: true },
  });
  if (!user || user.disabled) return null;
  if (!session?.loginAt || Date.now() - session.loginAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
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
