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

export type UnaccountedGroup = { themeId: number; themeName: string; discussed: boolean; concerns: { id: number; title: string }[] };

/**
 * Concerns awaiting a status at this round, by theme: what the analyst has not
 * yet accounted for. Themes already discussed at the round come first, since
 * their remaining concerns are the likeliest to have been forgotten.
 */
export async function listConcernsWithoutStatus(round: { id: number; startDate: Date }): Promise<UnaccountedGroup[]> {
  const [concerns, discussed] = await Promise.all([
    db.concern.findMany({
      where: awaitingStatusWhere(round),
      orderBy: [{ theme: { sortOrder: "asc" } }, { theme: { name: "asc" } }, { title: "asc" }],
      select: { id: true, title: true, theme: { select: { id: true, name: true } } },
    }),
    db.theme.findMany({ where: { concerns: { some: { statusAssessments: { some: { roundId: round.id, status: { not: "NOT_RAISED" } } } } } }, select: { id: true } }),
  ]);
  const discussedIds = new Set(discussed.map((t) => t.id));
  const groups: UnaccountedGroup[] = [];
  for (const c of concerns) {
    let group = groups.at(-1);
    if (!group || group.themeId !== c.theme.id) {
      groups.push((group = { themeId: c.theme.id, themeName: c.theme.name, discussed: discussedIds.has(c.theme.id), concerns: [] }));
    }
    group.concerns.push({ id: c.id, title: c.title });
  }
  // Stable sort: discussed themes first, display order kept within each part.
  return groups.sort((a, b) => Number(b.discussed) - Number(a.discussed));
}
