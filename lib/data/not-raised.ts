import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The concerns still awaiting a status at a round: not merged away, nothing
 * recorded there yet, and not first raised after it (a concern first raised in
 * 2025 cannot have been "not raised" in 2013). The one rule behind the
 * workspace's checklist and the not-raised action.
 */
export function awaitingStatusWhere(round: { id: number; startDate: Date }): Prisma.ConcernWhereInput {
  return {
    mergedIntoId: null,
    statusAssessments: { none: { roundId: round.id } },
    OR: [{ firstRaisedRoundId: null }, { firstRaisedRound: { startDate: { lte: round.startDate } } }],
  };
}

/** Ids of the concerns awaiting a status at this round (awaitingStatusWhere): what may be marked not raised. */
export async function listAwaitingConcernIds(round: { id: number; startDate: Date }): Promise<number[]> {
  const rows = await db.concern.findMany({ where: awaitingStatusWhere(round), select: { id: true } });
  return rows.map((row) => row.id);
}
