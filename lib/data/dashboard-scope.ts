import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_STATUS_SQL } from "@/lib/domain/status";
import type { DashboardFilters } from "@/lib/validation/dashboard";

/**
 * The CTEs every dashboard widget starts from, so all widgets agree on which
 * rounds and assessments are in view:
 *   fr        the rounds the filters keep (kind, date range)
 *   latest    the latest of them (by date, then id: the order of every chart)
 *   earlier   the filtered rounds before `latest`
 *   scoped    assessments at filtered rounds, of unmerged concerns (of one theme if given)
 *   cur       each concern's current status within the filtered rounds
 *   bef       each concern's status as it stood before the latest round
 *
 * `cur` and `bef` run CURRENT_STATUS_SQL verbatim, so the SQL and TS rules stay
 * one rule: the nested WITH names `rounds` and `status_assessments` shadow the
 * tables inside that sub-query only, restricting the rule to the scope. Postgres
 * skips CTEs a statement does not reference, so widgets pay only for what they use.
 */
export function dashboardScope(filters: DashboardFilters, themeId: number | null): Prisma.Sql {
  const theme = themeId === null ? Prisma.empty : Prisma.sql`AND c.theme_id = ${themeId}`;
  return Prisma.sql`
  WITH fr AS (
    SELECT r.id, r.start_date
      FROM public.rounds r
     WHERE r.kind::text = ANY(${filters.kinds}::text[])
       AND (${filters.from}::date IS NULL OR r.start_date >= ${filters.from}::date)
       AND (${filters.to}::date IS NULL OR r.start_date <= ${filters.to}::date)
  ),
  latest AS (SELECT id, start_date FROM fr ORDER BY start_date DESC, id DESC LIMIT 1),
  earlier AS (
    SELECT fr.id, fr.start_date FROM fr, latest WHERE (fr.start_date, fr.id) < (latest.start_date, latest.id)
  ),
  scoped AS MATERIALIZED (
    SELECT sa.id, sa.concern_id, sa.round_id, sa.status, sa.quote, sa.document_id
      FROM public.status_assessments sa
      JOIN fr ON fr.id = sa.round_id
      JOIN public.concerns c ON c.id = sa.concern_id
     WHERE c.merged_into_id IS NULL ${theme}
  ),
  cur AS (
    WITH rounds AS (SELECT * FROM fr), status_assessments AS (SELECT * FROM scoped)
    ${Prisma.raw(CURRENT_STATUS_SQL)}
  ),
  bef AS (
    WITH rounds AS (SELECT * FROM earlier), status_assessments AS (SELECT * FROM scoped)
    ${Prisma.raw(CURRENT_STATUS_SQL)}
  )`;
}

/** Concerns in view: unmerged, of the theme if given, and with a matching current status if asked. */
export function concernFilter(filters: DashboardFilters, themeId: number | null): Prisma.Sql {
  const theme = themeId === null ? Prisma.empty : Prisma.sql`AND c.theme_id = ${themeId}`;
  const status = filters.statuses.length
    ? Prisma.sql`AND cur.status::text = ANY(${filters.statuses}::text[])`
    : Prisma.empty;
  return Prisma.sql`c.merged_into_id IS NULL ${theme} ${status}`;
}
