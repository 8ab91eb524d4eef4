"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePasswordSchema, logOutEverywhereSchema } from "@/lib/validation/account";

const ACCOUNT_PATH = "/account";

export const changeOwnPassword = authorizedAction("VIEWER", changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { currentPassword: ["This is not your current password."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Ends every session opened with the old password, this one included (a fresh login follows).
    const after = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, version: { increment: 1 } },
      select: { id: true, email: true, version: true },
    });
    await endAllSessions(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id, after: { ...after, passwordChanged: true } });
  });
  // This session ended with the others; a fresh login keeps the user logged in.
  let signedIn = true;
  try {
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
  } catch {
    signedIn = false;
  }
  // A redirect, not a returned message: the page re-rendered after this action
  // would still see the old session cookie and send the user to the login page.
  redirect(signedIn ? `${ACCOUNT_PATH}?password=changed` : `/login?callbackUrl=${encodeURIComponent(ACCOUNT_PATH)}`);
}, { allowPendingPasswordChange: true });

/** Ends all of the user's sessions, on every device, this one included. */
export const logOutEverywhere = authorizedAction(
  "VIEWER",
  logOutEverywhereSchema,
  async (_input, user) => {
    await db.$transaction(async (tx) => {
      const ended = await endAllSessions(tx, user.id);
      await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id, after: { id: user.id, sessionsEnded: ended } });
    });
    await signOut({ redirectTo: "/login" });
  },
  { allowPendingPasswordChange: true },
);
