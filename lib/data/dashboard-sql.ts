// The dashboard's SQL statements, one per widget. Builders only (no I/O, so
// no "server-only"): the data functions run them, and `npm run bench` times the
// very same statements over pg to compare page time with raw SQL time.
import { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_STATUS_SQL } from "@/lib/domain/status";
import type { DashboardFilters } from "@/lib/validation/dashboard";

/** Quotes are cut in the matrix popover; the concern page shows them whole. */
export const MATRIX_QUOTE_CHARS = 280;

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
  // Conditions left out rather than "$1 IS NULL OR …": the planner then estimates
  // the rounds in view correctly and reaches a theme's assessments through its
  // concerns (index on concern_id) instead of scanning every round's assessments.
  const from = filters.from ? Prisma.sql`AND r.start_date >= ${filters.from}::date` : Prisma.empty;
  const to = filters.to ? Prisma.sql`AND r.start_date <= ${filters.to}::date` : Prisma.empty;
  return Prisma.sql`
  WITH fr AS (
    SELECT r.id, r.start_date
      FROM public.rounds r
     WHERE r.kind = ANY(${filters.kinds}::"RoundKind"[]) ${from} ${to}
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

/** Per theme: concerns grouped by current status, status before the latest round, and status at it. */
export function overviewSql(filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
      ${dashboardScope(filters, null)}
      SELECT c.theme_id, cur.status AS current, bef.status AS before, lat.status AS latest, count(*)::int AS n
        FROM public.concerns c
        LEFT JOIN cur ON cur.concern_id = c.id
        LEFT JOIN bef ON bef.concern_id = c.id
        LEFT JOIN scoped lat ON lat.concern_id = c.id AND lat.round_id = (SELECT id FROM latest)
       WHERE ${concernFilter(filters, null)}
       GROUP BY 1, 2, 3, 4`;
}

/** A page of the theme's concerns (all when limit is null) joined to their assessments in view. */
export function matrixSql(themeId: number, filters: DashboardFilters, limit: number | null, offset: number): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)},
    page AS (
      SELECT c.id, c.title, cur.status AS current, count(*) OVER ()::int AS total
        FROM public.concerns c
        LEFT JOIN cur ON cur.concern_id = c.id
       WHERE ${concernFilter(filters, themeId)}
       ORDER BY c.title, c.id
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id AS concern_id, p.title, p.current, p.total,
           s.id AS assessment_id, s.round_id, s.status,
           left(s.quote, ${MATRIX_QUOTE_CHARS}) AS quote, length(s.quote) > ${MATRIX_QUOTE_CHARS} AS quote_cut,
           d.title AS document_title
      FROM page p
      LEFT JOIN scoped s ON s.concern_id = p.id
      LEFT JOIN public.source_documents d ON d.id = s.document_id
     ORDER BY p.title, p.id`;
}

/** How many concerns are in view. */
export function countConcernsSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT count(*)::int AS n FROM public.concerns c LEFT JOIN cur ON cur.concern_id = c.id
     WHERE ${concernFilter(filters, themeId)}`;
}

/** Status counts per round for the concerns in view. */
export function mixByRoundSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT s.round_id, s.status, count(*)::int AS n
      FROM scoped s
      JOIN public.concerns c ON c.id = s.concern_id
      LEFT JOIN cur ON cur.concern_id = c.id
     WHERE ${concernFilter(filters, themeId)}
     GROUP BY 1, 2`;
}

/** Concerns whose status at the latest round differs from where they stood before it. */
export function changesSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT c.id AS concern_id, c.title, bef.status AS before, lat.status AS latest
      FROM public.concerns c
      JOIN scoped lat ON lat.concern_id = c.id AND lat.round_id = (SELECT id FROM latest)
      LEFT JOIN bef ON bef.concern_id = c.id
      LEFT JOIN cur ON cur.concern_id = c.id
     WHERE ${concernFilter(filters, themeId)}
       AND bef.status IS DISTINCT FROM lat.status
     ORDER BY c.title, c.id`;
}

/** Concerns never RESOLVED in view, with first raised round, rounds and years open. */
export function longestOpenSql(themeId: number, filters: DashboardFilters, limit: number | null): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)},
    firsts AS (
      SELECT DISTINCT ON (s.concern_id) s.concern_id, fr.id AS round_id, fr.start_date
        FROM scoped s JOIN fr ON fr.id = s.round_id
       WHERE s.status <> 'NOT_RAISED'
       ORDER BY s.concern_id, fr.start_date, fr.id
    ),
    resolved AS (SELECT DISTINCT concern_id FROM scoped WHERE status = 'RESOLVED')
    SELECT c.id AS concern_id, c.title, cur.status AS current,
           to_char(f.start_date, 'YYYY-MM-DD') AS first_on, r.title AS first_title,
           (SELECT count(*)::int FROM fr WHERE (fr.start_date, fr.id) >= (f.start_date, f.round_id)) AS rounds,
           round(((SELECT start_date FROM latest) - f.start_date) / 365.25, 1)::float8 AS years
      FROM firsts f
      JOIN public.concerns c ON c.id = f.concern_id
      JOIN public.rounds r ON r.id = f.round_id
      JOIN cur ON cur.concern_id = c.id
     WHERE ${concernFilter(filters, themeId)}
       AND NOT EXISTS (SELECT 1 FROM resolved WHERE resolved.concern_id = c.id)
     ORDER BY f.start_date, f.round_id, rounds DESC, c.title, c.id
     LIMIT ${limit}`;
}
