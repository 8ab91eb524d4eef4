import "server-only";
import { db } from "@/lib/db";
import { EVIDENCE_SELECT } from "@/lib/data/evidence";
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

export type RoundStatusRow = Awaited<ReturnType<typeof getRoundDetail>>["themes"][number]["statuses"][number];

/** A round with its documents and every status recorded at it, grouped by theme in display order. */
export async function getRoundDetail(id: number) {
  const round = await getRoundForEdit(id);
  const [documents, statuses] = await Promise.all([
    db.sourceDocument.findMany({
      where: { rounds: { some: { roundId: id } } },
      orderBy: { publishedOn: "asc" },
      select: { id: true, title: true, publisher: true, publishedOn: true },
    }),
    db.statusAssessment.findMany({
      where: { roundId: id },
      orderBy: [{ concern: { theme: { sortOrder: "asc" } } }, { concern: { title: "asc" } }],
      select: {
        id: true, status: true, note: true,
        evidence: EVIDENCE_SELECT,
        concern: { select: { id: true, title: true, theme: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  const themes: { id: number; name: string; statuses: typeof statuses }[] = [];
  for (const status of statuses) {
    const theme = status.concern.theme;
    let group = themes.at(-1);
    if (!group || group.id !== theme.id) themes.push((group = { id: theme.id, name: theme.name, statuses: [] }));
    group.statuses.push(status);
  }
  return { round, documents, themes };
}
