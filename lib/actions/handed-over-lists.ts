"use server";

import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import {
  createHandedOverListSchema, deleteHandedOverListSchema, updateHandedOverListSchema,
} from "@/lib/validation/handed-over-lists";
import { assertConcernAndRound, checkedEvidence } from "@/lib/write/evidence";
import { checkedListCases, listSnapshot, lockListForEdit, revalidateList } from "@/lib/write/handed-over-lists";
import { notFound, staleVersion } from "@/lib/write/shared";

/**
 * Records that a list of cases was handed over at a round ("handed over a list
 * at the end of the Dialogue"), with the quote from a document about the round,
 * its size and the cases on it when a text gives them.
 */
export const createHandedOverList = authorizedAction("ANALYST", createHandedOverListSchema, async (input, user) => {
  const { roundId } = input;
  const created = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, null, roundId);
    const caseIds = await checkedListCases(tx, input.caseIds);
    const [evidence] = await checkedEvidence(tx, roundId, [{ quote: input.quote!, documentId: input.documentId!, translation: input.translation }]);
    const row = await tx.handedOverList.create({
      data: { roundId, size: input.size, ...evidence!, cases: { create: caseIds.map((caseId) => ({ caseId })) } },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "HandedOverList", entityId: row.id, after: await listSnapshot(tx, row.id) });
    return row;
  });
  revalidateList(roundId, input.caseIds);
  return { ok: true, message: "List recorded.", data: { id: created.id } };
});

/** Corrects a list: its size, the cases known to be on it, its quote. */
export const updateHandedOverList = authorizedAction("ANALYST", updateHandedOverListSchema, async ({ id, version, ...input }, user) => {
  const { roundId, caseIds } = await db.$transaction(async (tx) => {
    const before = await lockListForEdit(tx, id);
    if (!before) throw notFound("list");
    if (before.version !== version) throw staleVersion("list", before);
    const caseIds = await checkedListCases(tx, input.caseIds);
    const [evidence] = await checkedEvidence(tx, before.roundId, [{ quote: input.quote!, documentId: input.documentId!, translation: input.translation }]);
    await tx.handedOverListCase.deleteMany({ where: { listId: id } });
    await tx.handedOverList.update({
      where: { id },
      data: { size: input.size, ...evidence!, version: { increment: 1 }, cases: { create: caseIds.map((caseId) => ({ caseId })) } },
    });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "HandedOverList", entityId: id, before, after: await listSnapshot(tx, id) });
    return { roundId: before.roundId, caseIds: [...before.caseIds, ...caseIds] };
  });
  revalidateList(roundId, caseIds);
  return { ok: true, message: "List saved.", data: { id } };
});

export const deleteHandedOverList = authorizedAction("ANALYST", deleteHandedOverListSchema, async ({ id, version }, user) => {
  const before = await db.$transaction(async (tx) => {
    const before = await lockListForEdit(tx, id);
    if (!before) throw notFound("list");
    const { count } = await tx.handedOverList.deleteMany({ where: { id, version } });
    if (count === 0) throw staleVersion("list", before);
    await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "HandedOverList", entityId: id, before });
    return before;
  });
  revalidateList(before.roundId, before.caseIds);
  return { ok: true, message: "List deleted." };
});
