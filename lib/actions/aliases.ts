"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { aliasTermKey } from "@/lib/domain/aliases";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { addAliasSchema, removeAliasSchema } from "@/lib/validation/aliases";
import { notFound } from "@/lib/write/shared";

const ALIAS_FIELDS = { id: true, concernId: true, term: true, language: true } as const;

const duplicate = (term: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", { term: [`This concern already has the alias “${term}”.`] });

/** Adds a search term to a concern; suggestions and search use it at once. */
export const addAlias = authorizedAction("ANALYST", addAliasSchema, async ({ concernId, term, language }, user) => {
  const termKey = aliasTermKey(term);
  try {
    const alias = await db.$transaction(async (tx) => {
      const concern = await tx.concern.findUnique({ where: { id: concernId }, select: { mergedIntoId: true } });
      if (!concern) throw notFound("concern");
      if (concern.mergedIntoId) throw new AppError("CONFLICT", "This concern was merged into another: add the alias there.");
      const existing = await tx.concernAlias.findUnique({ where: { concernId_termKey: { concernId, termKey } }, select: { term: true } });
      if (existing) throw duplicate(existing.term);
      const row = await tx.concernAlias.create({ data: { concernId, term, termKey, language }, select: ALIAS_FIELDS });
      await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "ConcernAlias", entityId: row.id, after: row });
      return row;
    });
    revalidatePath(`/concerns/${concernId}`);
    return { ok: true, message: `Alias “${alias.term}” added.`, data: { id: alias.id } };
  } catch (error) {
    // Two analysts adding the same alias at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate(term);
    throw error;
  }
});

export const removeAlias = authorizedAction("ANALYST", removeAliasSchema, async ({ id }, user) => {
  const removed = await db.$transaction(async (tx) => {
    const row = await tx.concernAlias.findUnique({ where: { id }, select: ALIAS_FIELDS });
    if (!row) throw notFound("alias");
    await tx.concernAlias.delete({ where: { id } });
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "ConcernAlias", entityId: id, before: row });
    return row;
  });
  revalidatePath(`/concerns/${removed.concernId}`);
  return { ok: true, message: `Alias “${removed.term}” removed.` };
});
