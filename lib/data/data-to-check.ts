import "server-only";
import { db } from "@/lib/db";
import type { Check, RoundRef } from "@/lib/domain/consistency";
import { isoDay } from "@/lib/domain/format";
import type { Status } from "@/lib/generated/prisma/enums";

export type RecordToCheck = {
  check: Check;
  concern: { id: number; title: string; version: number };
  /** The status at fault (raised-again, before-first-raised); null for a concern-level check. */
  status: { id: number; status: Status; round: RoundRef } | null;
  firstRaised: RoundRef | null;
  /** Where first raised should be: the earliest round the concern was discussed at. Null when the fix is not unambiguous. */
  fixTo: RoundRef | null;
};

type Row = {
  check: Check;
  concern_id: number;
  concern_title: string;
  concern_version: number;
  status_id: number | null;
  status: Status | null;
  round_id: number | null;
  round_title: string | null;
  round_date: string | null;
  first_id: number | null;
  first_title: string | null;
  first_date: string | null;
  fix_id: number | null;
  fix_title: string | null;
  fix_date: string | null;
};

const ref = (id: number | null, title: string | null, startDate: string | null): RoundRef | null =>
  id === null || title === null || startDate === null ? null : { id, title, startDate };

/**
 * Every saved record that contradicts its concern's history, by the checks of
 * lib/domain/consistency.ts, in one statement over unmerged concerns:
 *   raised-again               a RAISED with a discussed status at an earlier round
 *   before-first-raised        a discussed status at a round before the first-raised round
 *   first-raised-not-earliest  the first-raised round is earlier than every discussed round
 *                              (when a discussed status is before it, the check above says so)
 * Rounds are ordered by (start date, id), across kinds.
 */
export async function listRecordsToCheck(): Promise<RecordToCheck[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH h AS (
      SELECT sa.id, sa.concern_id, sa.round_id, sa.status, r.title, r.start_date,
             coalesce(bool_or(sa.status <> 'NOT_RAISED') OVER (
               PARTITION BY sa.concern_id ORDER BY r.start_date, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
             ), false) AS discussed_earlier
        FROM public.status_assessments sa
        JOIN public.rounds r ON r.id = sa.round_id
        JOIN public.concerns c ON c.id = sa.concern_id AND c.merged_into_id IS NULL
    ),
    earliest AS (
      SELECT DISTINCT ON (concern_id) concern_id, round_id, title, start_date
        FROM h WHERE status <> 'NOT_RAISED'
       ORDER BY concern_id, start_date, round_id
    ),
    found AS (
      SELECT 'raised-again' AS check, h.concern_id, h.id AS status_id
        FROM h WHERE h.status = 'RAISED' AND h.discussed_earlier
      UNION ALL
      SELECT 'before-first-raised', h.concern_id, h.id
        FROM h
        JOIN public.concerns c ON c.id = h.concern_id
        JOIN public.rounds f ON f.id = c.first_raised_round_id
       WHERE h.status <> 'NOT_RAISED' AND (h.start_date, h.round_id) < (f.start_date, f.id)
      UNION ALL
      SELECT 'first-raised-not-earliest', c.id, NULL
        FROM public.concerns c
        JOIN public.rounds f ON f.id = c.first_raised_round_id
        JOIN earliest e ON e.concern_id = c.id
       WHERE (e.start_date, e.round_id) > (f.start_date, f.id)
    )
    SELECT fd.check, c.id AS concern_id, c.title AS concern_title, c.version AS concern_version,
           h.id AS status_id, h.status, h.round_id, h.title AS round_title, to_char(h.start_date, 'YYYY-MM-DD') AS round_date,
           f.id AS first_id, f.title AS first_title, to_char(f.start_date, 'YYYY-MM-DD') AS first_date,
           CASE WHEN fd.check <> 'raised-again' THEN e.round_id END AS fix_id,
           CASE WHEN fd.check <> 'raised-again' THEN e.title END AS fix_title,
           CASE WHEN fd.check <> 'raised-again' THEN to_char(e.start_date, 'YYYY-MM-DD') END AS fix_date
      FROM found fd
      JOIN public.concerns c ON c.id = fd.concern_id
      LEFT JOIN h ON h.id = fd.status_id
      LEFT JOIN public.rounds f ON f.id = c.first_raised_round_id
      LEFT JOIN earliest e ON e.concern_id = c.id
     ORDER BY fd.check, c.title, c.id, h.start_date, h.round_id`;
  return rows.map((r) => ({
    check: r.check,
    concern: { id: r.concern_id, title: r.concern_title, version: r.concern_version },
    status: r.status_id !== null && r.status !== null && r.round_id !== null ? { id: r.status_id, status: r.status, round: ref(r.round_id, r.round_title, r.round_date)! } : null,
    firstRaised: ref(r.first_id, r.first_title, r.first_date),
    fixTo: ref(r.fix_id, r.fix_title, r.fix_date),
  }));
}

/** A concern's statuses and first-raised round, for the status form's warnings (statusWarnings). */
export async function getConcernHistoryForChecks(concernId: number) {
  const concern = await db.concern.findUniqueOrThrow({
    where: { id: concernId },
    select: {
      firstRaisedRound: { select: { id: true, title: true, startDate: true } },
      statusAssessments: { select: { id: true, status: true, round: { select: { id: true, title: true, startDate: true } } } },
    },
  });
  const round = (r: { id: number; title: string; startDate: Date }): RoundRef => ({ id: r.id, title: r.title, startDate: isoDay(r.startDate) });
  return {
    firstRaised: concern.firstRaisedRound ? round(concern.firstRaisedRound) : null,
    history: concern.statusAssessments.map((s) => ({ statusId: s.id, status: s.status, round: round(s.round) })),
  };
}
