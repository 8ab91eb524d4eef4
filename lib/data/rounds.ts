import "server-only";
import { db } from "@/lib/db";
import { EVIDENCE_SELECT } from "@/lib/data/evidence";
import { groupByTheme } from "@/lib/domain/round-themes";
import { AppError } from "@/lib/errors";

export async function listRounds() {
  return db.round.findMany({
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: {
      id: true, kind: true, number: true, title: true, startDate: true, endDate: true, place: true, format: true,
      _count: { select: { documents: true, statusAssessments: true } },
    },
  });
}

/** For selects: newest first. */
export async function listRoundOptions() {
  return db.round.findMany({ orderBy: [{ startDate: "desc" }, { id: "desc" }], select: { id: true, title: true, startDate: true } });
}

export async function getRoundForEdit(id: number) {
  const round = await db.round.findUnique({
    where: { id },
    select: {
      id: true, kind: true, number: true, title: true, startDate: true, endDate: true, place: true, format: true,
      euDelegationHead: true, kzDelegationHead: true, summary: true, version: true,
      _count: { select: { documents: true, statusAssessments: true, cases: true } },
    },
  });
  if (!round) throw new AppError("NOT_FOUND", "Round not found.");
  return round;
}

/** A round with its documents and every status recorded at it, grouped by theme in display order. */
export async function getRoundDetail(id: number) {
  const round = await getRoundForEdit(id);
  const [documents, statuses] = await Promise.all([
    db.sourceDocument.findMany({
      where: { rounds: { some: { roundId: id } } },
      orderBy: [{ publishedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true },
    }),
    db.statusAssessment.findMany({
      where: { roundId: id },
      orderBy: [{ concern: { theme: { sortOrder: "asc" } } }, { concern: { theme: { id: "asc" } } }, { concern: { title: "asc" } }, { id: "asc" }],
      select: {
        id: true, status: true, note: true,
        evidence: EVIDENCE_SELECT,
        concern: { select: { id: true, title: true, theme: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return { round, documents, themes: groupByTheme(statuses) };
}

export type RoundThemeGroup = Awaited<ReturnType<typeof getRoundDetail>>["themes"][number];
