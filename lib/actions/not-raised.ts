"use server";

import { revalidatePath } from "next/cache";
import { assertConcernAndRound, STATUS_FIELDS } from "@/lib/write/evidence";
import { plural } from "@/lib/domain/format";
import { recordAudit } from "@/lib/audit";
import { authorizedAction } from "@/lib/auth/authorized";
import { awaitingStatusWhere } from "@/lib/data/not-raised";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markNotRaisedSchema, undoNotRaisedSchema } from "@/lib/validation/statuses";

function revalidateRound(roundId: number, concernIds: number[]) {
  for (const id of concernIds) revalidatePath(`/concerns/${id}`);
  revalidatePath(`/rounds/${roundId}`);
  revalidatePath("/concerns");
  revalidatePath("/documents", "layout");
}

/**
 * Marks concerns that went unmentioned at a round as NOT_RAISED, in one audited
 * transaction. Only concerns still awaiting a status there are marked: any that
 * got one meanwhile, or were first raised after the round, are left as they are.
 * Returns the ids it created, so exactly those can be undone.
 */
export const markNotRaised = authorizedAction("ANALYST", markNotRaisedSchema, async ({ roundId, concernIds }, user) => {
  const created = await db.$transaction(async (tx) => {
    await assertConcernAndRound(tx, null, roundId);
    const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, startDate: true } });
    const eligible = await tx.concern.findMany({ where: { id: { in: concernIds }, ...awaitingStatusWhere(round) }, select: { id: true } });
    const rows = await tx.statusAssessment.createManyAndReturn({
      data: eligible.map(({ id: concernId }) => ({ concernId, roundId, status: "NOT_RAISED" as const, authorId: user.id })),
      skipDuplicates: true,
      select: STATUS_FIELDS,
    });
    for (const row of rows) {
      await recordAudit(tx, { actorId: user.id, action: "CREATE", entityType: "StatusAssessment", entityId: row.id, after: { ...row, evidence: [] } });
    }
    return rows;
  });
  revalidateRound(roundId, created.map((row) => row.concernId));
  const skipped = new Set(concernIds).size - created.length;
  return {
    ok: true,
    message:
      `Marked ${plural(created.length, "concern")} as not raised.` +
      (skipped > 0 ? ` ${plural(skipped, "concern")} already had a status and ${skipped === 1 ? "was" : "were"} left as is.` : ""),
    data: { statusIds: created.map((row) => row.id) },
  };
});

/**
 * Undoes one markNotRaised: deletes exactly the rows it created, audited. A row
 * someone has changed since (another status, a source, a new version) is kept.
 */
export const undoNotRaised = authorizedAction("ANALYST", undoNotRaisedSchema, async ({ roundId, statusIds }, user) => {
  const deleted = await db.$transaction(async (tx) => {
    const rows = await tx.statusAssessment.findMany({
      where: { id: { in: statusIds }, roundId, status: "NOT_RAISED", version: 1, evidence: { none: {} } },
      select: STATUS_FIELDS,
    });
    const { count } = await tx.statusAssessment.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, version: 1, status: "NOT_RAISED" } });
    if (count !== rows.length) {
      throw new AppError("CONFLICT", "Some of these statuses changed while undoing; nothing was undone. Reload the page and try again.");
    }
    for (const row of rows) {
      await recordAudit(tx, { actorId: user.id, action: "DELETE", entityType: "StatusAssessment", entityId: row.id, before: { ...row, evidence: [] } });
    }
    return rows;
  });
  revalidateRound(roundId, deleted.map((row) => row.concernId));
  const kept = new Set(statusIds).size - deleted.length;
  return {
    ok: true,
    message: `Undone: ${plural(deleted.length, "concern")} no longer marked as not raised.` + (kept > 0 ? ` ${plural(kept, "status", "statuses")} changed since and ${kept === 1 ? "was" : "were"} kept.` : ""),
    data: { concernIds: deleted.map((row) => row.concernId) },
  };
});
