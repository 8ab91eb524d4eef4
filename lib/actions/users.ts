"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { generateOneTimePassword, hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { plural } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/validation/users";

const USERS_PATH = "/admin/users";
const AUDITED = { id: true, email: true, name: true, role: true, disabled: true, mustChangePassword: true, version: true } as const;

type Tx = Prisma.TransactionClient;
type AuditedUser = Prisma.UserGetPayload<{ select: typeof AUDITED }>;

/** What a one-time password result carries to the form, shown once and never stored in clear. */
export type OneTimePasswordData = { email: string; password: string };

async function findForUpdate(tx: Tx, id: number, version: number): Promise<AuditedUser> {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${id} FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", "This user no longer exists. Reload the page.");
  const user = await tx.user.findUniqueOrThrow({ where: { id }, select: AUDITED });
  if (user.version !== version) {
    throw new AppError("STALE_VERSION", `${user.name}'s account was changed by someone else meanwhile. Reload the page and try again.`);
  }
  return user;
}

/**
 * Locks the active admins' rows, always first and in id order, so two admins
 * demoting or disabling each other at the same moment queue up instead of
 * both succeeding (or deadlocking): the second then sees one admin left.
 */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

function assertNotLastAdmin(activeAdminIds: number[], user: AuditedUser, change: "demote" | "disable") {
  if (user.role !== "ADMIN" || user.disabled || activeAdminIds.some((id) => id !== user.id)) return;
  throw new AppError(
    "CONFLICT",
    change === "demote"
      ? `${user.name} is the last active admin and must stay an admin. Make someone else an admin first.`
      : `${user.name} is the last active admin and cannot be disabled. Make someone else an admin first.`,
  );
}

export const createUser = authorizedAction("ADMIN", createUserSchema, async (input, actor) => {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...input, passwordHash, mustChangePassword: true }, select: AUDITED });
      await recordAudit(tx, { actorId: actor.id, action: "CREATE", entityType: "User", entityId: user.id, after: user });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", { email: [`There is already an account for ${input.email}.`] });
    }
    throw error;
  }
  revalidatePath(USERS_PATH);
  return {
    ok: true,
    message: `Account created for ${input.name} (${ROLE_LABELS[input.role]}).`,
    data: { email: input.email, password } satisfies OneTimePasswordData,
  };
});

export const changeUserRole = authorizedAction("ADMIN", changeRoleSchema, async ({ id, version, role }, actor) => {
  const name = await db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdmins(tx);
    const before = await findForUpdate(tx, id, version);
    if (before.role === role) return before.name;
    if (role !== "ADMIN") assertNotLastAdmin(activeAdminIds, before, "demote");
    const after = await tx.user.update({ where: { id }, data: { role, version: { increment: 1 } }, select: AUDITED });
    await recordAudit(tx, { actorId: actor.id, action: "UPDATE", entityType: "User", entityId: id, before, after });
    return after.name;
  });
  revalidatePath(USERS_PATH);
  return { ok: true, message: `${name} is now ${article(role)} ${ROLE_LABELS[role]}.` };
});

export const setUserDisabled = authorizedAction("ADMIN", setDisabledSchema, async ({ id, version, disabled }, actor) => {
  if (disabled && id === actor.id) {
    throw new AppError("CONFLICT", "You cannot disable your own account. Ask another admin to do it.");
  }
  const name = await db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdmins(tx);
    const before = await findForUpdate(tx, id, version);
    if (before.disabled === disabled) return before.name;
    if (disabled) assertNotLastAdmin(activeAdminIds, before, "disable");
    const after = await tx.user.update({ where: { id }, data: { disabled, version: { increment: 1 } }, select: AUDITED });
    // Deleted, not just refused while disabled: enabling the account again must not revive old cookies.
    if (disabled) await endAllSessions(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "UPDATE", entityType: "User", entityId: id, before, after });
    return after.name;
  });
  revalidatePath(USERS_PATH);
  return { ok: true, message: disabled ? `${name}'s account is disabled; they are logged out.` : `${name}'s account is enabled again.` };
});

export const resetUserPassword = authorizedAction("ADMIN", resetPasswordSchema, async ({ id, version }, actor) => {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const before = await findForUpdate(tx, id, version);
    // Ends the sessions opened with the old password.
    const after = await tx.user.update({
      where: { id },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true, version: { increment: 1 } },
      select: AUDITED,
    });
    await endAllSessions(tx, id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "UPDATE",
      entityType: "User",
      entityId: id,
      before,
      after: { ...after, passwordReset: true },
    });
    return after;
  });
  revalidatePath(USERS_PATH);
  return {
    ok: true,
    message: `New password set for ${user.name}; their open sessions have ended.`,
    data: { email: user.email, password } satisfies OneTimePasswordData,
  };
});

/** Logs a user out on every device at once, e.g. after a lost laptop; the account itself is unchanged. */
export const endUserSessions = authorizedAction("ADMIN", endSessionsSchema, async ({ id }, actor) => {
  const { name, ended } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, name: true } });
    if (!user) throw new AppError("NOT_FOUND", "This user no longer exists. Reload the page.");
    const count = await endAllSessions(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "UPDATE", entityType: "User", entityId: id, after: { id, sessionsEnded: count } });
    return { name: user.name, ended: count };
  });
  return { ok: true, message: ended === 0 ? `${name} had no open sessions.` : `${name} is logged out everywhere (${plural(ended, "session")} ended).` };
});

function article(role: Role): string {
  return role === "ADMIN" || role === "ANALYST" ? "an" : "a";
}
