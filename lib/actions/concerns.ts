"use server";

import { revalidatePath } from "next/cache";
import { lockConcernsForEdit, STATUS_SNAPSHOT } from "@/lib/write/evidence";
import { plural } from "@/lib/domain/format";
import { notFound, staleVersion } from "@/lib/write/shared";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createConcernSchema, deleteConcernSchema, mergeConcernsSchema, updateConcernSchema } from "@/lib/validation/concerns";
import { z } from "zod";

const CONCERN_FIELDS = {
  id: true, title: true, description: true, themeId: true, legalReferences: true, firstRaisedRoundId: true, mergedIntoId: true, version: true,
} as const;

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Please correct the highlighted fields.", { [field]: [message] });

async function assertReferences(tx: Prisma.TransactionClient, themeId: number, roundId: number | null) {
  if (!(await tx.theme.findUnique({ where: { id: themeId }, select: { id: true } }))) throw invalid("themeId", "Choose a theme.");
  if (roundId && !(await tx.round.findUnique({ where: { id: roundId }, select: { id: true } }))) {
    throw invalid("firstRaisedRoundId", "The chosen round no longer exists.");
  }
}

export const createConcern = authorizedAction("ANALYST", createConcernSchema, async (input, user) => {
  const concern = await db.$transaction(async (tx) => {
    await assertReferences(tx, input.themeId, input.firstRaisedRoundId);
    const created = await tx.concern.create({ data: input, select: CONCERN_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "Concern", entityId: created.id, after: created });
    return created;
  });
  revalidatePath("/concerns");
  return { ok: true, message: "Concern created.", data: { id: concern.id } };
});

export const updateConcern = authorizedAction("ANALYST", updateConcernSchema, async ({ id, version, ...input }, user) => {
  await db.$transaction(async (tx) => {
    const before = await tx.concern.findUnique({ where: { id }, select: CONCERN_FIELDS });
    if (!before) throw notFound("concern");
    await assertReferences(tx, input.themeId, input.firstRaisedRoundId);
    const { count } = await tx.concern.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("concern", before);
    const after = await tx.concern.findUniqueOrThrow({ where: { id }, select: CONCERN_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "Concern", entityId: id, before, after });
  });
  revalidatePath("/concerns");
  revalidatePath(`/concerns/${id}`);
  return { ok: true, message: "Concern saved.", data: { id } };
});

/**
 * Deleting a concern deletes its statuses with it, so the form must send
 * `confirmed` after showing exactly how many. Concerns merged into it keep it.
 */
export const deleteConcern = authorizedAction(
  "ANALYST",
  deleteConcernSchema.extend({ confirmed: z.literal("yes", { message: "Confirm that the statuses are deleted too." }) }),
  async ({ id, version }, user) => {
    await db.$transaction(async (tx) => {
      await lockConcernsForEdit(tx, [id]);
      const before = await tx.concern.findUnique({
        where: { id },
        select: { ...CONCERN_FIELDS, statusAssessments: { select: STATUS_SNAPSHOT }, _count: { select: { mergedFrom: true } } },
      });
      if (!before) throw notFound("concern");
      if (before._count.mergedFrom > 0) {
        throw new AppError("CONFLICT", `This concern cannot be deleted: ${plural(before._count.mergedFrom, "other concern")} were merged into it and their history points here.`);
      }
      const { _count, ...snapshot } = before;
      void _count;
      const { count } = await tx.concern.deleteMany({ where: { id, version } });
      if (count === 0) throw staleVersion("concern", snapshot);
      for (const status of snapshot.statusAssessments) {
        await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusAssessment", entityId: status.id, before: status });
      }
      await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "Concern", entityId: id, before: snapshot });
    });
    revalidatePath("/concerns");
    return { ok: true, message: "Concern deleted." };
  },
);

/**
 * Merges a duplicate (source) into the concern to keep (target): the source's
 * statuses move over; where both have a status at the same round the target's
 * stays and the source's is recorded as deleted in the audit log. The source
 * row remains, marked mergedIntoId, so links and history keep working.
 */
export const mergeConcerns = authorizedAction("ANALYST", mergeConcernsSchema, async ({ sourceId, targetId, sourceVersion, targetVersion }, user) => {
  const moved = await db.$transaction(async (tx) => {
    // Status writes on either concern wait for the merge, or finish before it reads their statuses.
    await lockConcernsForEdit(tx, [sourceId, targetId]);
    const [source, target] = await Promise.all([
      tx.concern.findUnique({ where: { id: sourceId }, select: CONCERN_FIELDS }),
      tx.concern.findUnique({ where: { id: targetId }, select: CONCERN_FIELDS }),
    ]);
    if (!source) throw notFound("concern");
    if (!target) throw invalid("targetId", "The concern to keep no longer exists.");
    if (source.mergedIntoId || target.mergedIntoId) throw invalid("targetId", "One of these concerns was already merged into another.");
    if (source.version !== sourceVersion) throw staleVersion("concern", source);
    if (target.version !== targetVersion) throw staleVersion("concern", target);

    const targetRounds = new Set((await tx.statusAssessment.findMany({ where: { concernId: targetId }, select: { roundId: true } })).map((s) => s.roundId));
    const sourceStatuses = await tx.statusAssessment.findMany({ where: { concernId: sourceId }, select: STATUS_SNAPSHOT });
    for (const status of sourceStatuses) {
      if (targetRounds.has(status.roundId)) {
        await tx.statusAssessment.delete({ where: { id: status.id } });
        await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusAssessment", entityId: status.id, before: status });
      } else {
        const after = await tx.statusAssessment.update({ where: { id: status.id }, data: { concernId: targetId, version: { increment: 1 } }, select: STATUS_SNAPSHOT });
        await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "StatusAssessment", entityId: status.id, before: status, after });
      }
    }
    const { count } = await tx.concern.updateMany({ where: { id: sourceId, version: sourceVersion }, data: { mergedIntoId: targetId, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("concern", source);
    await tx.concern.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } });
    const merged = await tx.concern.findUniqueOrThrow({ where: { id: sourceId }, select: CONCERN_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "MERGE", entityType: "Concern", entityId: sourceId, before: source, after: merged });
    await recordAudit(tx, { actorId: user.id, action: "MERGE", entityType: "Concern", entityId: targetId, before: target, after: { ...target, mergedFrom: sourceId } });
    return sourceStatuses.filter((s) => !targetRounds.has(s.roundId)).length;
  });
  revalidatePath("/concerns");
  revalidatePath(`/concerns/${targetId}`);
  revalidatePath(`/concerns/${sourceId}`);
  return { ok: true, message: `Merged. ${plural(moved, "status", "statuses")} moved to the concern kept.`, data: { id: targetId } };
});
