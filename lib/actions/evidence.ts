"use server";

import { checkedEvidence, EVIDENCE_FIELDS, revalidateStatus } from "@/lib/write/evidence";
import { notFound } from "@/lib/write/shared";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addEvidenceSchema, removeEvidenceSchema } from "@/lib/validation/statuses";

/**
 * Another source for a status: the same finding quoted from a second text
 * (another language, another publisher). Checked like the first piece. The
 * status's version is left alone: adding proof does not conflict with someone
 * editing the note.
 */
export const addEvidence = authorizedAction("ANALYST", addEvidenceSchema, async ({ statusId, quote, documentId, translation }, user) => {
  const piece = await db.$transaction(async (tx) => {
    const [status] = await tx.$queryRaw<{ concern_id: number; round_id: number }[]>`
      SELECT concern_id, round_id FROM status_assessments WHERE id = ${statusId} FOR SHARE`;
    if (!status) throw notFound("status");
    const [checked] = await checkedEvidence(tx, status.round_id, [{ quote: quote!, documentId: documentId!, translation }]);
    const duplicate = await tx.statusEvidence.findFirst({ where: { statusId, documentId: checked!.documentId, quote: checked!.quote }, select: { id: true } });
    if (duplicate) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { quote: ["This status already has this passage of this document as evidence."] });
    const row = await tx.statusEvidence.create({ data: { ...checked!, statusId }, select: { ...EVIDENCE_FIELDS, status: { select: { concernId: true, roundId: true } } } });
    const { status: owner, ...after } = row;
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "StatusEvidence", entityId: row.id, after });
    return { ...after, ...owner };
  });
  revalidateStatus(piece.concernId, piece.roundId, [piece.documentId]);
  return { ok: true, message: "Source added.", data: { id: piece.id, statusId, concernId: piece.concernId } };
});

/** Removes one piece of evidence; never the last one of a discussed status (the database refuses that too). */
export const removeEvidence = authorizedAction("ANALYST", removeEvidenceSchema, async ({ id }, user) => {
  const removed = await db.$transaction(async (tx) => {
    const piece = await tx.statusEvidence.findUnique({ where: { id }, select: EVIDENCE_FIELDS });
    if (!piece) throw notFound("piece of evidence");
    // Lock the status so two removals of its last two pieces cannot both pass the count below.
    const [status] = await tx.$queryRaw<{ concern_id: number; round_id: number; status: string }[]>`
      SELECT concern_id, round_id, status::text FROM status_assessments WHERE id = ${piece.statusId} FOR UPDATE`;
    if (!status) throw notFound("status");
    const count = await tx.statusEvidence.count({ where: { statusId: piece.statusId } });
    if (count <= 1 && status.status !== "NOT_RAISED") {
      throw new AppError("CONFLICT", "This is the status's only source, and every status but “Not raised” needs one. Add another source first, or change the status.");
    }
    await tx.statusEvidence.delete({ where: { id } });
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusEvidence", entityId: id, before: piece });
    return { ...piece, concernId: status.concern_id, roundId: status.round_id };
  });
  revalidateStatus(removed.concernId, removed.roundId, [removed.documentId]);
  return { ok: true, message: "Source removed.", data: { statusId: removed.statusId, concernId: removed.concernId } };
});
