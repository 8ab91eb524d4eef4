"use server";

import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { signIn } from "@/lib/auth/next-auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/account";

export const changeOwnPassword = authorizedAction("VIEWER", changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { currentPassword: ["This is not your current password."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // The new change stamp ends every other session opened with the old password.
    const after = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
      select: { id: true, email: true, version: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id, after: { ...after, passwordChanged: true } });
  });
  // This session ended with the others; a fresh login keeps the user where they are.
  try {
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
  } catch {
    return { ok: true, message: "Your password is changed. Please log in again with the new password." };
  }
  return { ok: true, message: "Your password is changed. Other sessions with the old password have ended." };
});
