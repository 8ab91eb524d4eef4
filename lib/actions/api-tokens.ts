"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { generateApiToken, hashApiToken } from "@/lib/auth/api-tokens";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-tokens";

const TOKENS_PATH = "/admin/tokens";

/** The token, shown once to the admin who made it; only its hash is kept. */
export type NewApiTokenData = { token: string; name: string; userName: string };

export const createApiToken = authorizedAction("ADMIN", createApiTokenSchema, async ({ userId, name }, actor) => {
  const token = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, disabled: true } });
    if (!user) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { userId: ["This user no longer exists. Reload the page."] });
    if (user.disabled) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { userId: [`${user.name}'s account is disabled: enable it first.`] });
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hashApiToken(token) }, select: { id: true, userId: true, name: true } });
    await recordAudit(tx, { actorId: actor.id, action: "CREATE", entityType: "ApiToken", entityId: row.id, after: row });
    return { ...row, userName: user.name };
  });
  revalidatePath(TOKENS_PATH);
  const data: NewApiTokenData = { token, name: created.name, userName: created.userName };
  return { ok: true, message: `Token “${created.name}” created for ${created.userName}.`, data };
});

export const revokeApiToken = authorizedAction("ADMIN", revokeApiTokenSchema, async ({ id }, actor) => {
  const revoked = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: number; user_id: number; name: string; revoked_at: Date | null }[]>`
      SELECT id, user_id, name, revoked_at FROM api_tokens WHERE id = ${id} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "This token no longer exists. Reload the page.");
    if (row.revoked_at) return row;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "UPDATE", entityType: "ApiToken", entityId: id, before: { revoked: false }, after: { revoked: true } });
    return row;
  });
  revalidatePath(TOKENS_PATH);
  return { ok: true, message: `Token “${revoked.name}” revoked: requests with it are refused from now on.` };
});
