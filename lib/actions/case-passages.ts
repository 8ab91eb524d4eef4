"use server";

import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { caseNameKeys } from "@/lib/domain/cases";
import { createCaseFromPassageSchema } from "@/lib/validation/cases";
import { caseSnapshot, recordCaseRound, recordSituation, refuseLikelyDuplicate, revalidateCase } from "@/lib/write/cases";

/**
 * A new case from a passage of the recording workspace: the case, and the round
 * it was raised at or its situation with the passage as the quote, in one
 * transaction and one audit event. An existing case takes addCaseRound or
 * addSituation (lib/actions/cases.ts) instead.
 */
export const createCaseFromPassage = authorizedAction("ANALYST", createCaseFromPassageSchema, async (input, user) => {
  const { personName, spellings, summary, sensitive } = input;
  const created = await db.$transaction(async (tx) => {
    const nameKeys = caseNameKeys(personName, spellings);
    await refuseLikelyDuplicate(tx, nameKeys, input.allowDuplicate);
    const row = await tx.individualCase.create({ data: { personName, spellings, summary, sensitive, nameKeys }, select: { id: true, version: true } });
    if (input.record === "ROUND") await recordCaseRound(tx, row.id, { ...input, roundId: input.roundId! });
    else await recordSituation(tx, row.id, { ...input, situation: input.situation! });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "IndividualCase", entityId: row.id, after: await caseSnapshot(tx, row.id) });
    return row;
  });
  revalidateCase(created.id, { roundIds: input.record === "ROUND" ? [input.roundId!] : [] });
  return { ok: true, message: "Case created.", data: created };
});
