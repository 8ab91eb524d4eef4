"use server";

import { assertConcernAndRound, checkedEvidence, createCheckedStatus, createStatus, type EvidencePiece, STATUS_SNAPSHOT } from "@/lib/write/evidence";
import { notFound, staleVersion } from "@/lib/write/shared";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { suggestConcerns } from "@/lib/data/suggestions";
import { concernFromPassageSchema, deleteStatusSchema, setStatusSchema, suggestSchema, updateStatusSchema } from "@/lib/validation/statuses";

// These actions revalidate no path. Nothing on the server caches a page (each is
// rendered per request), so revalidatePath would only have made Next render the
// page the form sits on again, inside the action's answer, which the form then
// leaves: a large part of a save's cost when many analysts save at once.
// Each form instead fetches what it shows next: ActionForm and DeleteForm go to
// the concern, the recording workspace refreshes (router.refresh()).

/** The piece a form sent, if any (validation guarantees quote and document come together). */
function sentPiece(input: { quote: string | null; documentId: number | null; translation: string }): EvidencePiece[] {
  return input.quote && input.documentId ? [{ quote: input.quote, documentId: input.documentId, translation: input.translation }] : [];
}

/** Records a concern's status at a round, with its first piece of evidence; one status per concern and round. */
export const setStatus = authorizedAction("ANALYST", setStatusSchema, async (input, user) => {
  const { concernId, roundId, status, note } = input;
  // One call, its own transaction: no interactive transaction around it.
  const created = await createCheckedStatus(db, { concernId, roundId, status, note, authorId: user.id }, sentPiece(input));
  return { ok: true, message: "Status recorded.", data: { id: created.id, concernId } };
});

/** Changes a status and its note; may add a piece of evidence, and must when the status is discussed and has none. */
export const updateStatus = authorizedAction("ANALYST", updateStatusSchema, async (input, user) => {
  const { id, version, status, note } = input;
  const after = await db.$transaction(async (tx) => {
    const before = await tx.statusAssessment.findUnique({ where: { id }, select: STATUS_SNAPSHOT });
    if (!before) throw notFound("status");
    const added = await checkedEvidence(tx, before.roundId, sentPiece(input));
    if (status !== "NOT_RAISED" && before.evidence.length === 0 && added.length === 0) {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        quote: ["This status has no evidence yet: paste the passage that shows it."],
        documentId: ["Choose the document the quote comes from."],
      });
    }
    const { count } = await tx.statusAssessment.updateMany({ where: { id, version }, data: { status, note, authorId: user.id, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("status", { ...before, evidence: before.evidence.map((e) => e.quote).join("\n") });
    if (added.length) await tx.statusEvidence.createMany({ data: added.map((piece) => ({ ...piece, statusId: id })) });
    const row = await tx.statusAssessment.findUniqueOrThrow({ where: { id }, select: STATUS_SNAPSHOT });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "StatusAssessment", entityId: id, before, after: row });
    return row;
  });
  return { ok: true, message: "Status saved.", data: { id, concernId: after.concernId } };
});

export const deleteStatus = authorizedAction("ANALYST", deleteStatusSchema, async ({ id, version }, user) => {
  const before = await db.$transaction(async (tx) => {
    const row = await tx.statusAssessment.findUnique({ where: { id }, select: STATUS_SNAPSHOT });
    if (!row) throw notFound("status");
    const { count } = await tx.statusAssessment.deleteMany({ where: { id, version } });
    if (count === 0) throw staleVersion("status", { ...row, evidence: row.evidence.map((e) => e.quote).join("\n") });
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusAssessment", entityId: id, before: row });
    return row;
  });
  return { ok: true, message: "Status deleted.", data: { concernId: before.concernId } };
});

/** A passage of a document that is about something new: a concern and its first status in one step. */
export const createConcernFromPassage = authorizedAction("ANALYST", concernFromPassageSchema, async (input, user) => {
  const { roundId, status, quote, documentId, translation, note, ...concernInput } = input;
  const result = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, null, roundId);
    const evidence = await checkedEvidence(tx, roundId, sentPiece({ quote, documentId, translation }));
    const theme = await tx.theme.findUnique({ where: { id: concernInput.themeId }, select: { id: true } });
    if (!theme) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { themeId: ["Choose a theme."] });
    const concern = await tx.concern.create({ data: { ...concernInput, firstRaisedRoundId: concernInput.firstRaisedRoundId ?? roundId } });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "Concern", entityId: concern.id, after: concern });
    return createStatus(tx, { concernId: concern.id, roundId, status, note, authorId: user.id }, evidence);
  });
  return { ok: true, message: "Concern created with its first status.", data: { id: result.id, concernId: result.concernId } };
});

/** Reads, but only analysts log rounds: the likeliest concerns for a selected passage. */
export const suggestConcernsForPassage = authorizedAction("ANALYST", suggestSchema, async ({ passage, roundId, documentId, translation }) => {
  return { ok: true, data: await suggestConcerns({ passage, roundId, documentId, translation }) };
});
