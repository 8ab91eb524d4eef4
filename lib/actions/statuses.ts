"use server";

import { revalidatePath } from "next/cache";
import { assertConcernAndRound, checkedEvidence, STATUS_FIELDS } from "@/lib/write/evidence";
import { plural } from "@/lib/domain/format";
import { notFound, staleVersion } from "@/lib/write/shared";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { suggestConcerns } from "@/lib/data/statuses";
import { concernFromPassageSchema, deleteStatusSchema, markNotRaisedSchema, setStatusSchema, suggestSchema, updateStatusSchema } from "@/lib/validation/statuses";

function revalidateStatus(concernId: number, roundId: number, documentId?: number | null) {
  revalidatePath(`/concerns/${concernId}`);
  revalidatePath(`/rounds/${roundId}`);
  revalidatePath("/concerns");
  if (documentId) revalidatePath(`/documents/${documentId}`);
}

/** Records a concern's status at a round; one per concern and round. */
export const setStatus = authorizedAction("ANALYST", setStatusSchema, async ({ concernId, roundId, status, quote, documentId, note }, user) => {
  const created = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, concernId, roundId);
    const existing = await tx.statusAssessment.findUnique({ where: { concernId_roundId: { concernId, roundId } }, select: { id: true } });
    if (existing) {
      throw new AppError("CONFLICT", "This concern already has a status at this round. Edit that status instead.", { statusId: existing.id });
    }
    const evidence = await checkedEvidence(tx, { roundId, status, quote, documentId });
    const row = await tx.statusAssessment.create({ data: { concernId, roundId, status, note, authorId: user.id, ...evidence }, select: STATUS_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "StatusAssessment", entityId: row.id, after: row });
    return row;
  });
  revalidateStatus(concernId, roundId, created.documentId);
  return { ok: true, message: "Status recorded.", data: { id: created.id, concernId } };
});

export const updateStatus = authorizedAction("ANALYST", updateStatusSchema, async ({ id, version, status, quote, documentId, note }, user) => {
  const after = await db.$transaction(async (tx) => {
    const before = await tx.statusAssessment.findUnique({ where: { id }, select: STATUS_FIELDS });
    if (!before) throw notFound("status");
    const evidence = await checkedEvidence(tx, { roundId: before.roundId, status, quote, documentId });
    const { count } = await tx.statusAssessment.updateMany({
      where: { id, version },
      data: { status, note, ...evidence, authorId: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion("status", before);
    const row = await tx.statusAssessment.findUniqueOrThrow({ where: { id }, select: STATUS_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "StatusAssessment", entityId: id, before, after: row });
    return row;
  });
  revalidateStatus(after.concernId, after.roundId, after.documentId);
  return { ok: true, message: "Status saved.", data: { id, concernId: after.concernId } };
});

export const deleteStatus = authorizedAction("ANALYST", deleteStatusSchema, async ({ id, version }, user) => {
  const before = await db.$transaction(async (tx) => {
    const row = await tx.statusAssessment.findUnique({ where: { id }, select: STATUS_FIELDS });
    if (!row) throw notFound("status");
    const { count } = await tx.statusAssessment.deleteMany({ where: { id, version } });
    if (count === 0) throw staleVersion("status", row);
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusAssessment", entityId: id, before: row });
    return row;
  });
  revalidateStatus(before.concernId, before.roundId, before.documentId);
  return { ok: true, message: "Status deleted.", data: { concernId: before.concernId } };
});

/** A passage of a document that is about something new: a concern and its first status in one step. */
export const createConcernFromPassage = authorizedAction("ANALYST", concernFromPassageSchema, async (input, user) => {
  const { roundId, status, quote, documentId, note, ...concernInput } = input;
  const result = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, null, roundId);
    const evidence = await checkedEvidence(tx, { roundId, status, quote, documentId });
    const theme = await tx.theme.findUnique({ where: { id: concernInput.themeId }, select: { id: true } });
    if (!theme) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { themeId: ["Choose a theme."] });
    const concern = await tx.concern.create({ data: { ...concernInput, firstRaisedRoundId: concernInput.firstRaisedRoundId ?? roundId } });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "Concern", entityId: concern.id, after: concern });
    const row = await tx.statusAssessment.create({ data: { concernId: concern.id, roundId, status, note, authorId: user.id, ...evidence }, select: STATUS_FIELDS });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "StatusAssessment", entityId: row.id, after: row });
    return row;
  });
  revalidateStatus(result.concernId, roundId, result.documentId);
  return { ok: true, message: "Concern created with its first status.", data: { id: result.id, concernId: result.concernId } };
});

/** Marks concerns that went unmentioned at a round as NOT_RAISED, skipping any that got a status meanwhile. */
export const markNotRaised = authorizedAction("ANALYST", markNotRaisedSchema, async ({ roundId, concernIds }, user) => {
  const created = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, null, roundId);
    const ids = [...new Set(concernIds)];
    const eligible = await tx.concern.findMany({
      where: { id: { in: ids }, mergedIntoId: null, statusAssessments: { none: { roundId } } },
      select: { id: true },
    });
    const rows = [];
    for (const { id: concernId } of eligible) {
      const row = await tx.statusAssessment.create({ data: { concernId, roundId, status: "NOT_RAISED", authorId: user.id }, select: STATUS_FIELDS });
      await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "StatusAssessment", entityId: row.id, after: row });
      rows.push(row);
    }
    return rows;
  });
  for (const row of created) revalidatePath(`/concerns/${row.concernId}`);
  revalidatePath(`/rounds/${roundId}`);
  revalidatePath("/documents", "layout");
  const skipped = concernIds.length - created.length;
  return {
    ok: true,
    message: `Marked ${plural(created.length, "concern")} as not raised.` + (skipped > 0 ? ` ${plural(skipped, "concern")} already had a status and ${skipped === 1 ? "was" : "were"} left as is.` : ""),
  };
});

/** Reads, but only analysts log rounds: the likeliest concerns for a selected passage. */
export const suggestConcernsForPassage = authorizedAction("ANALYST", suggestSchema, async ({ passage, roundId }) => {
  return { ok: true, data: await suggestConcerns(passage, roundId) };
});
