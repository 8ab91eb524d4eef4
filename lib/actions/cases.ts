"use server";

import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { caseLabel, caseNameKeys } from "@/lib/domain/cases";
import { plural } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import {
  addCaseRoundSchema, addSituationSchema, createCaseSchema, deleteCaseSchema, linkConcernSchema, mergeCasesSchema,
  removeCaseRoundSchema, removeSituationSchema, updateCaseSchema,
} from "@/lib/validation/cases";
import {
  caseSnapshot, invalid, lockCasesForEdit, openCaseForChange, recordCaseRound, recordSituation, refuseLikelyDuplicate, revalidateCase,
} from "@/lib/write/cases";
import { notFound, staleVersion } from "@/lib/write/shared";
import { z } from "zod";

export const createCase = authorizedAction("ANALYST", createCaseSchema, async ({ allowDuplicate, ...input }, user) => {
  const created = await db.$transaction(async (tx) => {
    const nameKeys = caseNameKeys(input.personName, input.spellings);
    await refuseLikelyDuplicate(tx, nameKeys, allowDuplicate);
    const row = await tx.individualCase.create({ data: { ...input, nameKeys }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "IndividualCase", entityId: row.id, after: await caseSnapshot(tx, row.id) });
    return row;
  });
  revalidateCase(created.id);
  return { ok: true, message: "Case created.", data: { id: created.id } };
});

export const updateCase = authorizedAction("ANALYST", updateCaseSchema, async ({ id, version, allowDuplicate, ...input }, user) => {
  await db.$transaction(async (tx) => {
    await lockCasesForEdit(tx, [id]);
    const before = await caseSnapshot(tx, id);
    if (!before) throw notFound("case");
    const nameKeys = caseNameKeys(input.personName, input.spellings);
    await refuseLikelyDuplicate(tx, nameKeys, allowDuplicate, id);
    const { count } = await tx.individualCase.updateMany({ where: { id, version }, data: { ...input, nameKeys, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("case", before);
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: id, before, after: await caseSnapshot(tx, id) });
  });
  revalidateCase(id);
  return { ok: true, message: "Case saved.", data: { id } };
});

/**
 * Deleting a case deletes its situations, rounds and quotes with it and takes it
 * off concerns and handed-over lists, so the form must send `confirmed` after
 * showing exactly that. Cases merged into it keep it.
 */
export const deleteCase = authorizedAction(
  "ANALYST",
  deleteCaseSchema.extend({ confirmed: z.literal("yes", { message: "Confirm that its situations and rounds are deleted too." }) }),
  async ({ id, version }, user) => {
    const concernIds = await db.$transaction(async (tx) => {
      await lockCasesForEdit(tx, [id]);
      const before = await caseSnapshot(tx, id);
      if (!before) throw notFound("case");
      const links = await tx.individualCase.findUniqueOrThrow({
        where: { id },
        select: { concerns: { select: { concernId: true } }, _count: { select: { mergedFrom: true } } },
      });
      if (links._count.mergedFrom > 0) {
        throw new AppError("CONFLICT", `This case cannot be deleted: ${plural(links._count.mergedFrom, "other case")} were merged into it and their history points here.`);
      }
      const { count } = await tx.individualCase.deleteMany({ where: { id, version } });
      if (count === 0) throw staleVersion("case", before);
      await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "IndividualCase", entityId: id, before });
      return links.concerns.map((c) => c.concernId);
    });
    revalidateCase(id, { concernIds });
    return { ok: true, message: "Case deleted." };
  },
);

/**
 * Merges a duplicate (source) into the case to keep (target). The source's
 * situations move over; its rounds too, and where both were raised at the same
 * round the source's quotes join the target's. Its name and spellings become
 * spellings of the target, its concerns and lists the target's. The source row
 * stays, marked merged, so its page and history keep working.
 */
export const mergeCases = authorizedAction("ANALYST", mergeCasesSchema, async ({ sourceId, targetId, sourceVersion, targetVersion }, user) => {
  const concernIds = await db.$transaction(async (tx) => {
    await lockCasesForEdit(tx, [sourceId, targetId]);
    const [source, target] = await Promise.all([caseSnapshot(tx, sourceId), caseSnapshot(tx, targetId)]);
    if (!source) throw notFound("case");
    if (!target) throw invalid("targetId", "The case to keep no longer exists.");
    if (source.mergedIntoCase || target.mergedIntoCase) throw invalid("targetId", "One of these cases was already merged into another.");
    if (source.version !== sourceVersion) throw staleVersion("case", source);
    if (target.version !== targetVersion) throw staleVersion("case", target);

    await tx.caseSituationRecord.updateMany({ where: { caseId: sourceId }, data: { caseId: targetId } });
    // Rounds both were raised at: the quotes join the target's row (the source's row then goes).
    await tx.$executeRaw`
      UPDATE case_round_evidence e SET case_id = ${targetId}
       WHERE e.case_id = ${sourceId} AND EXISTS (SELECT 1 FROM case_rounds t WHERE t.case_id = ${targetId} AND t.round_id = e.round_id)`;
    await tx.$executeRaw`
      DELETE FROM case_rounds s
       WHERE s.case_id = ${sourceId} AND EXISTS (SELECT 1 FROM case_rounds t WHERE t.case_id = ${targetId} AND t.round_id = s.round_id)`;
    // The others move whole; their quotes follow through the foreign key (ON UPDATE CASCADE).
    await tx.$executeRaw`UPDATE case_rounds SET case_id = ${targetId} WHERE case_id = ${sourceId}`;
    await tx.$executeRaw`
      INSERT INTO concern_cases (concern_id, case_id) SELECT concern_id, ${targetId} FROM concern_cases WHERE case_id = ${sourceId}
      ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`
      INSERT INTO handed_over_list_cases (list_id, case_id) SELECT list_id, ${targetId} FROM handed_over_list_cases WHERE case_id = ${sourceId}
      ON CONFLICT DO NOTHING`;
    const concernIds = (await tx.concernCase.findMany({ where: { caseId: sourceId }, select: { concernId: true } })).map((c) => c.concernId);
    await tx.concernCase.deleteMany({ where: { caseId: sourceId } });
    await tx.handedOverListCase.deleteMany({ where: { caseId: sourceId } });

    const spellings = [...new Set([...target.spellings, source.personName, ...source.spellings])].filter((s) => s !== target.personName);
    await tx.individualCase.update({
      where: { id: targetId },
      // A case is as sensitive as the more sensitive of the two records of it.
      data: { spellings, nameKeys: caseNameKeys(target.personName, spellings), sensitive: target.sensitive || source.sensitive, version: { increment: 1 } },
    });
    await tx.individualCase.update({ where: { id: sourceId }, data: { mergedIntoId: targetId, version: { increment: 1 } } });
    await tx.individualCase.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } });
    await recordAudit(tx, { actorId: user.id, action: "MERGE", entityType: "IndividualCase", entityId: sourceId, before: source, after: await caseSnapshot(tx, sourceId) });
    await recordAudit(tx, {
      actorId: user.id, action: "MERGE", entityType: "IndividualCase", entityId: targetId, before: target,
      after: { ...(await caseSnapshot(tx, targetId)), mergedFromCase: caseLabel(sourceId) },
    });
    return concernIds;
  });
  revalidateCase(targetId, { concernIds });
  revalidateCase(sourceId);
  return { ok: true, message: "Cases merged.", data: { id: targetId } };
});

/** Records the person's situation as of a date, with the quote that shows it. */
export const addSituation = authorizedAction("ANALYST", addSituationSchema, async (input, user) => {
  const situationId = await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, input.caseId, input.version);
    const situationId = await recordSituation(tx, input.caseId, input);
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: input.caseId, before, after: await caseSnapshot(tx, input.caseId) });
    return situationId;
  });
  revalidateCase(input.caseId);
  return { ok: true, message: "Situation recorded.", data: { id: input.caseId, situationId } };
});

export const removeSituation = authorizedAction("ANALYST", removeSituationSchema, async ({ caseId, version, situationId }, user) => {
  await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, caseId, version);
    const { count } = await tx.caseSituationRecord.deleteMany({ where: { id: situationId, caseId } });
    if (count === 0) throw notFound("situation");
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: caseId, before, after: await caseSnapshot(tx, caseId) });
  });
  revalidateCase(caseId);
  return { ok: true, message: "Situation removed.", data: { id: caseId } };
});

/**
 * Records that the EU raised the case at a round, with the quote from a document
 * about that round. Already recorded there: the quote is added as another source
 * (e.g. the same passage in a Russian text).
 */
export const addCaseRound = authorizedAction("ANALYST", addCaseRoundSchema, async (input, user) => {
  const { caseId, version, roundId } = input;
  const created = await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, caseId, version);
    const created = await recordCaseRound(tx, caseId, input);
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: caseId, before, after: await caseSnapshot(tx, caseId) });
    return created;
  });
  revalidateCase(caseId, { roundIds: [roundId] });
  // created: the round is new to the case (not another quote of it), so removing it undoes this.
  return { ok: true, message: "Round recorded.", data: { id: caseId, created } };
});

export const removeCaseRound = authorizedAction("ANALYST", removeCaseRoundSchema, async ({ caseId, version, roundId }, user) => {
  await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, caseId, version);
    const { count } = await tx.caseRound.deleteMany({ where: { caseId, roundId } });
    if (count === 0) throw notFound("round of this case");
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: caseId, before, after: await caseSnapshot(tx, caseId) });
  });
  revalidateCase(caseId, { roundIds: [roundId] });
  return { ok: true, message: "Round removed.", data: { id: caseId } };
});

/** Links the case to a concern it illustrates (a blogger charged with "false information" → Art. 274). */
export const linkConcern = authorizedAction("ANALYST", linkConcernSchema, async ({ caseId, version, concernId }, user) => {
  await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, caseId, version);
    const [concern] = await tx.$queryRaw<{ merged_into_id: number | null }[]>`SELECT merged_into_id FROM concerns WHERE id = ${concernId} FOR SHARE`;
    if (!concern) throw invalid("concernId", "The chosen concern no longer exists.");
    if (concern.merged_into_id) throw invalid("concernId", "This concern was merged into another; link the case to that one.");
    await tx.concernCase.createMany({ data: [{ caseId, concernId }], skipDuplicates: true });
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: caseId, before, after: await caseSnapshot(tx, caseId) });
  });
  revalidateCase(caseId, { concernIds: [concernId] });
  return { ok: true, message: "Concern linked.", data: { id: caseId } };
});

export const unlinkConcern = authorizedAction("ANALYST", linkConcernSchema, async ({ caseId, version, concernId }, user) => {
  await db.$transaction(async (tx) => {
    const before = await openCaseForChange(tx, caseId, version);
    const { count } = await tx.concernCase.deleteMany({ where: { caseId, concernId } });
    if (count === 0) throw notFound("link to this concern");
    await recordAudit(tx, { actorId: user.id, action: "UPDATE", entityType: "IndividualCase", entityId: caseId, before, after: await caseSnapshot(tx, caseId) });
  });
  revalidateCase(caseId, { concernIds: [concernId] });
  return { ok: true, message: "Concern unlinked.", data: { id: caseId } };
});
