import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EVIDENCE_SELECT, type EvidenceItem } from "@/lib/data/evidence";
import { changeSql, CHANGES, emptyChangeCounts, type Change, type ChangeCounts } from "@/lib/domain/changes";
import type { Status } from "@/lib/generated/prisma/enums";

export type RoundChangeItem = {
  concernId: number;
  title: string;
  change: Change;
  from: Status | null;
  to: Status | null;
  /** The quotes behind the status at this round, or at the previous one for a dropped concern. */
  evidence: EvidenceItem[];
};
export type RoundChangeTheme = { id: number; name: string; counts: ChangeCounts; items: RoundChangeItem[] };
export type RoundChanges = { previous: { id: number; title: string; startDate: Date } | null; themes: RoundChangeTheme[] };

type Row = {
  concern_id: number;
  title: string;
  theme_id: number;
  theme_name: string;
  before: Status | null;
  latest: Status | null;
  change: Change;
  quoted_status_id: number | null;
};

/**
 * What changed at a round against the previous round of the same kind (by
 * date, ties by id), theme by theme, with the rule of lib/domain/changes.ts.
 * Only concerns with a status at one of the two rounds can have a change, so
 * only their histories (at rounds of that kind up to this one) are read.
 */
export async function getRoundChanges(roundId: number): Promise<RoundChanges> {
  const [previous] = await db.$queryRaw<{ id: number; title: string; start_date: Date }[]>`
    SELECT p.id, p.title, p.start_date
      FROM public.rounds r
      JOIN public.rounds p ON p.kind = r.kind AND (p.start_date, p.id) < (r.start_date, r.id)
     WHERE r.id = ${roundId}
     ORDER BY p.start_date DESC, p.id DESC
     LIMIT 1`;
  const previousId = previous?.id ?? null;
  const rows = await db.$queryRaw<Row[]>`
    WITH r AS (SELECT id, kind, start_date FROM public.rounds WHERE id = ${roundId}),
    pair AS (
      SELECT sa.concern_id,
             min(sa.status::text) FILTER (WHERE sa.round_id = ${previousId}::int)::"Status" AS before,
             min(sa.status::text) FILTER (WHERE sa.round_id = ${roundId}::int)::"Status" AS latest,
             bool_or(sa.status <> 'NOT_RAISED') FILTER (WHERE sa.round_id <> ${roundId}::int AND sa.round_id IS DISTINCT FROM ${previousId}::int) AS discussed_before,
             min(sa.id) FILTER (WHERE sa.round_id = ${roundId}::int AND sa.status <> 'NOT_RAISED') AS at_id,
             min(sa.id) FILTER (WHERE sa.round_id = ${previousId}::int) AS before_id
        FROM public.status_assessments sa
        JOIN public.rounds x ON x.id = sa.round_id
        JOIN r ON x.kind = r.kind AND (x.start_date, x.id) <= (r.start_date, r.id)
       WHERE sa.concern_id IN (SELECT concern_id FROM public.status_assessments WHERE round_id = ${roundId} OR round_id = ${previousId}::int)
       GROUP BY sa.concern_id
    ),
    named AS (SELECT p.*, ${Prisma.raw(changeSql("p.before", "p.latest", "p.discussed_before"))} AS change FROM pair p)
    SELECT c.id AS concern_id, c.title, t.id AS theme_id, t.name AS theme_name, n.before, n.latest, n.change,
           coalesce(n.at_id, n.before_id) AS quoted_status_id
      FROM named n
      JOIN public.concerns c ON c.id = n.concern_id AND c.merged_into_id IS NULL
      JOIN public.themes t ON t.id = c.theme_id
     WHERE n.change IS NOT NULL
     ORDER BY t.sort_order, t.name, t.id, array_position(${[...CHANGES]}::text[], n.change), c.title, c.id`;
  const statusIds = rows.flatMap((r) => (r.quoted_status_id === null ? [] : [r.quoted_status_id]));
  const quoted = await db.statusAssessment.findMany({ where: { id: { in: statusIds } }, select: { id: true, evidence: EVIDENCE_SELECT } });
  const evidence = new Map(quoted.map((s) => [s.id, s.evidence]));

  const themes = new Map<number, RoundChangeTheme>();
  for (const row of rows) {
    let theme = themes.get(row.theme_id);
    if (!theme) themes.set(row.theme_id, (theme = { id: row.theme_id, name: row.theme_name, counts: emptyChangeCounts(), items: [] }));
    theme.counts[row.change] += 1;
    theme.items.push({
      concernId: row.concern_id,
      title: row.title,
      change: row.change,
      from: row.before,
      to: row.latest,
      evidence: row.quoted_status_id === null ? [] : (evidence.get(row.quoted_status_id) ?? []),
    });
  }
  return { previous: previous ? { id: previous.id, title: previous.title, startDate: previous.start_date } : null, themes: [...themes.values()] };
}
