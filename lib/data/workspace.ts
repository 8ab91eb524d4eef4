import "server-only";
import { db } from "@/lib/db";
import { listAwaitingConcernIds } from "@/lib/data/not-raised";
import type { RoundRef } from "@/lib/domain/consistency";
import { isoDay } from "@/lib/domain/format";
import type { Status } from "@/lib/generated/prisma/enums";

/** Characters of the previous round's quote shown beside each concern in the checklist. */
const SHORT_QUOTE_CHARS = 160;

export type WorkspaceConcern = {
  id: number;
  title: string;
  description: string;
  legalReferences: string[];
  /** Search terms in any language (torture / пытки / азаптау), matched by the search box. */
  aliases: string[];
  themeId: number;
  themeName: string;
  /** Status at the previous round of the same kind, with the start of its first quote. */
  previous: { status: Status; quote: string | null } | null;
  /** The latest round before this one at which the concern was discussed: what the status guess follows. */
  lastDiscussed: { status: Status; roundTitle: string; round: RoundRef } | null;
  /** The round it is said to be first raised at, for the consistency warnings (lib/domain/consistency.ts). */
  firstRaised: RoundRef | null;
  /** Its status at this round, once recorded. */
  current: { id: number; status: Status; version: number; pieces: number } | null;
  /** Still awaiting a status here and not first raised after this round: may be marked not raised. */
  awaiting: boolean;
};

export type Workspace = { previousRound: { id: number; title: string } | null; concerns: WorkspaceConcern[] };

type Row = Omit<WorkspaceConcern, "previous" | "lastDiscussed" | "firstRaised" | "current" | "awaiting"> & {
  previousStatus: Status | null; previousQuote: string | null;
  lastStatus: Status | null; lastRoundId: number | null; lastRoundTitle: string | null; lastRoundStart: Date | null;
  firstId: number | null; firstTitle: string | null; firstStart: Date | null;
  statusId: number | null; status: Status | null; version: number | null; pieces: number;
};

/**
 * Everything the recording workspace lists for a round: every unmerged concern
 * by theme with its status at the previous round of the same kind, the latest
 * status it had before this round, and its status here. Two statements.
 */
export async function getWorkspace(round: { id: number; startDate: Date }): Promise<Workspace> {
  const [previousRound] = await db.$queryRaw<{ id: number; title: string }[]>`
    SELECT r.id, r.title FROM rounds r, rounds t
     WHERE t.id = ${round.id} AND r.kind = t.kind AND (r.start_date, r.id) < (t.start_date, t.id)
     ORDER BY r.start_date DESC, r.id DESC LIMIT 1`;
  const [rows, awaiting] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c.title, c.description, c.legal_references AS "legalReferences", th.id AS "themeId", th.name AS "themeName",
             coalesce((SELECT array_agg(a.term ORDER BY a.term) FROM concern_aliases a WHERE a.concern_id = c.id), '{}') AS aliases,
             prev.status::text AS "previousStatus", left(prev_q.quote, ${SHORT_QUOTE_CHARS}) AS "previousQuote",
             hist.status::text AS "lastStatus", hist.id AS "lastRoundId", hist.title AS "lastRoundTitle", hist.start_date AS "lastRoundStart",
             fr.id AS "firstId", fr.title AS "firstTitle", fr.start_date AS "firstStart",
             cur.id AS "statusId", cur.status::text AS status, cur.version,
             (SELECT count(*) FROM status_evidence e WHERE e.status_id = cur.id)::int AS pieces
        FROM concerns c
        JOIN themes th ON th.id = c.theme_id
        CROSS JOIN (SELECT id, start_date FROM rounds WHERE id = ${round.id}) t
        LEFT JOIN status_assessments prev ON prev.concern_id = c.id AND prev.round_id = ${previousRound?.id ?? null}::int
        LEFT JOIN LATERAL (SELECT e.quote FROM status_evidence e WHERE e.status_id = prev.id ORDER BY e.id LIMIT 1) prev_q ON true
        LEFT JOIN LATERAL (
          SELECT sa.status, r.id, r.title, r.start_date FROM status_assessments sa JOIN rounds r ON r.id = sa.round_id
           WHERE sa.concern_id = c.id AND sa.status <> 'NOT_RAISED' AND (r.start_date, r.id) < (t.start_date, t.id)
           ORDER BY r.start_date DESC, r.id DESC LIMIT 1) hist ON true
        LEFT JOIN rounds fr ON fr.id = c.first_raised_round_id
        LEFT JOIN status_assessments cur ON cur.concern_id = c.id AND cur.round_id = t.id
       WHERE c.merged_into_id IS NULL
       ORDER BY th.sort_order, th.name, c.title`,
    listAwaitingConcernIds(round),
  ]);
  const awaitingIds = new Set(awaiting);
  return {
    previousRound: previousRound ?? null,
    concerns: rows.map((r) => ({
      id: r.id, title: r.title, description: r.description, legalReferences: r.legalReferences, aliases: r.aliases, themeId: r.themeId, themeName: r.themeName,
      previous: r.previousStatus ? { status: r.previousStatus, quote: r.previousQuote } : null,
      lastDiscussed: r.lastStatus && r.lastRoundId && r.lastRoundStart
        ? { status: r.lastStatus, roundTitle: r.lastRoundTitle ?? "", round: { id: r.lastRoundId, title: r.lastRoundTitle ?? "", startDate: isoDay(r.lastRoundStart) } }
        : null,
      firstRaised: r.firstId && r.firstStart ? { id: r.firstId, title: r.firstTitle ?? "", startDate: isoDay(r.firstStart) } : null,
      current: r.statusId && r.status && r.version ? { id: r.statusId, status: r.status, version: r.version, pieces: r.pieces } : null,
      awaiting: awaitingIds.has(r.id),
    })),
  };
}
