// The dashboard's SQL statements, one per widget. Builders only (no I/O, so
// no "server-only"): the data functions run them, and `npm run bench` times the
// very same statements over pg to compare page time with raw SQL time.
import { Prisma } from "@/lib/generated/prisma/client";
import { CHANGES, changeSql } from "@/lib/domain/changes";
import { statusRankSql, unpackStatusSql } from "@/lib/domain/status";
import type { DashboardFilters } from "@/lib/validation/dashboard";

/**
 * The CTEs every dashboard widget starts from, so all widgets agree on which
 * rounds and assessments are in view:
 *   fr      the rounds the filters keep (kind, date range), each with `ord`, its
 *           position in date order (ties by id: the order of every chart)
 *   latest  the latest of them
 *   cmp     the two rounds compared (positions in fr): `at` (default the
 *           latest) and `against` (default the round before it)
 *   scoped  assessments at those rounds, of unmerged concerns (of one theme if
 *           given), each with its rank for the current-status rule (statusRankSql)
 *   state   one row per concern with any assessment in view: its current status,
 *           its statuses at the two compared rounds, whether it was discussed at
 *           another round before `at`, its change between them (changeSql), the
 *           first round it was raised at, and whether it was ever RESOLVED. One
 *           hash aggregate, no sort.
 *
 * Postgres skips the CTEs a statement does not reference, so widgets pay only
 * for what they use; `scoped` is NOT MATERIALIZED because `state` names it too,
 * which would otherwise make Postgres build it in full even for a widget that
 * reads only part of it.
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
    SELECT r.id, r.start_date, row_number() OVER (ORDER BY r.start_date, r.id)::int AS ord
      FROM public.rounds r
     WHERE r.kind = ANY(${filters.kinds}::"RoundKind"[]) ${from} ${to}
  ),
  latest AS (SELECT id, start_date, ord FROM fr ORDER BY ord DESC LIMIT 1),
  cmp AS (
    SELECT a.ord AS at_ord, coalesce((SELECT ord FROM fr WHERE id = ${filters.against ?? null}::int), a.ord - 1) AS against_ord
      FROM (SELECT coalesce((SELECT ord FROM fr WHERE id = ${filters.at ?? null}::int), (SELECT max(ord) FROM fr)) AS ord) a
  ),
  scoped AS NOT MATERIALIZED (
    SELECT sa.concern_id, sa.round_id, fr.ord, sa.status, ${Prisma.raw(statusRankSql("fr.ord", "sa.status"))} AS rank
      FROM public.concerns c
      JOIN public.status_assessments sa ON sa.concern_id = c.id
      JOIN fr ON fr.id = sa.round_id
     WHERE c.merged_into_id IS NULL ${theme}
  ),
  pair AS (
    SELECT s.concern_id,
           ${Prisma.raw(unpackStatusSql("max(s.rank)"))} AS current,
           ${Prisma.raw(unpackStatusSql("max(s.rank) FILTER (WHERE s.ord = c.against_ord)"))} AS before,
           ${Prisma.raw(unpackStatusSql("max(s.rank) FILTER (WHERE s.ord = c.at_ord)"))} AS latest,
           bool_or(s.status <> 'NOT_RAISED') FILTER (WHERE s.ord < c.at_ord AND s.ord <> c.against_ord) AS discussed_before,
           min(s.ord) FILTER (WHERE s.status <> 'NOT_RAISED') AS first_raised_ord,
           bool_or(s.status = 'RESOLVED') AS ever_resolved
      FROM scoped s CROSS JOIN cmp c
     GROUP BY s.concern_id
  ),
  state AS (
    SELECT p.*, ${Prisma.raw(changeSql("p.before", "p.latest", "p.discussed_before"))} AS change FROM pair p
  )`;
}

/**
 * Concerns in view (alias c): unmerged, of the theme if given, and with a
 * matching current status if asked. `state` is joined only when the status
 * filter needs it, so the matrix's first page does not aggregate the theme.
 */
function concernsInView(filters: DashboardFilters, themeId: number | null): { join: Prisma.Sql; where: Prisma.Sql } {
  const theme = themeId === null ? Prisma.empty : Prisma.sql`AND c.theme_id = ${themeId}`;
  if (!filters.statuses.length) return { join: Prisma.empty, where: Prisma.sql`c.merged_into_id IS NULL ${theme}` };
  return {
    join: Prisma.sql`JOIN state ON state.concern_id = c.id`,
    where: Prisma.sql`c.merged_into_id IS NULL ${theme} AND state.current::text = ANY(${filters.statuses}::text[])`,
  };
}

/** Per theme: concerns grouped by current status and by their change between the compared rounds. */
export function overviewSql(filters: DashboardFilters): Prisma.Sql {
  return readsSummaries(filters) ? overviewFromSummariesSql(filters) : overviewLiveSql(filters);
}

/**
 * The default view (one kind of round, no dates, the latest round against the
 * one before) needs, per concern, only its current status, how often it was
 * discussed, and its statuses at the two latest rounds: the first two are kept
 * by the database (concern_status_summaries), the last two are two index
 * lookups. Other views aggregate every assessment in view (overviewLiveSql).
 */
export function readsSummaries(filters: DashboardFilters): boolean {
  return filters.kinds.length === 1 && !filters.from && !filters.to && !filters.at && !filters.against;
}

/**
 * overviewLiveSql's result from the summaries. Discussed at another round
 * before the latest: discussed at all, less at the latest and the previous round.
 */
export function overviewFromSummariesSql(filters: DashboardFilters): Prisma.Sql {
  const discussed = (alias: string) => `coalesce((${alias}.status <> 'NOT_RAISED')::int, 0)`;
  return Prisma.sql`
      WITH two AS (
        SELECT r.id, row_number() OVER (ORDER BY r.start_date DESC, r.id DESC) AS n
          FROM public.rounds r
         WHERE r.kind = ${filters.kinds[0]}::"RoundKind"
         ORDER BY r.start_date DESC, r.id DESC
         LIMIT 2
      ),
      state AS (
        SELECT s.concern_id, s.current,
               ${Prisma.raw(changeSql("b.status", "l.status", `s.discussed - ${discussed("l")} - ${discussed("b")} > 0`))} AS change
          FROM public.concern_status_summaries s
          LEFT JOIN public.status_assessments l ON l.concern_id = s.concern_id AND l.round_id = (SELECT id FROM two WHERE n = 1)
          LEFT JOIN public.status_assessments b ON b.concern_id = s.concern_id AND b.round_id = (SELECT id FROM two WHERE n = 2)
         WHERE s.kind = ${filters.kinds[0]}::"RoundKind"
      )
      SELECT c.theme_id, st.current, st.change, count(*)::int AS n
        FROM public.concerns c
        LEFT JOIN state st ON st.concern_id = c.id
       WHERE c.merged_into_id IS NULL ${statusCondition(filters)}
       GROUP BY 1, 2, 3`;
}

/** overviewSql for any view: every assessment in view, aggregated per concern (dashboardScope). */
export function overviewLiveSql(filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
      ${dashboardScope(filters, null)}
      SELECT c.theme_id, st.current, st.change, count(*)::int AS n
        FROM public.concerns c
        LEFT JOIN state st ON st.concern_id = c.id
       WHERE c.merged_into_id IS NULL ${statusCondition(filters)}
       GROUP BY 1, 2, 3`;
}

/**
 * A page of the theme's concerns (all when limit is null) joined to their
 * assessments in view, in round order; the caller derives each row's current
 * status from its cells with currentStatus(). Quotes are not here: a cell's
 * popover fetches its own (GET /api/v1/statuses/[id]), which keeps a page of
 * 1,000 cells light.
 */
export function matrixSql(themeId: number, filters: DashboardFilters, limit: number | null, offset: number): Prisma.Sql {
  const view = concernsInView(filters, themeId);
  return Prisma.sql`
    ${dashboardScope(filters, themeId)},
    page AS (
      SELECT c.id, c.title, count(*) OVER ()::int AS total
        FROM public.concerns c ${view.join}
       WHERE ${view.where}
       ORDER BY c.title, c.id
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id AS concern_id, p.title, p.total, s.id AS assessment_id, s.round_id, s.status
      FROM page p
      LEFT JOIN (public.status_assessments s JOIN fr ON fr.id = s.round_id) ON s.concern_id = p.id
     ORDER BY p.title, p.id, fr.ord`;
}

/** How many concerns are in view. */
export function countConcernsSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  const view = concernsInView(filters, themeId);
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT count(*)::int AS n FROM public.concerns c ${view.join} WHERE ${view.where}`;
}

/** Status counts per round for the concerns in view. */
export function mixByRoundSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  const status = filters.statuses.length
    ? Prisma.sql`JOIN state ON state.concern_id = s.concern_id AND state.current::text = ANY(${filters.statuses}::text[])`
    : Prisma.empty;
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT s.round_id, s.status, count(*)::int AS n
      FROM scoped s ${status}
     GROUP BY 1, 2`;
}

/** Concerns with a named change between the compared rounds, by change (in CHANGES order), then title. */
export function changesSql(themeId: number, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT c.id AS concern_id, c.title, st.before, st.latest, st.change
      FROM state st
      JOIN public.concerns c ON c.id = st.concern_id
     WHERE st.change IS NOT NULL
       ${statusCondition(filters)}
     ORDER BY array_position(${[...CHANGES]}::text[], st.change), c.title, c.id`;
}

/** Concerns never RESOLVED in view, with first raised round, rounds and years open. */
export function longestOpenSql(themeId: number, filters: DashboardFilters, limit: number | null): Prisma.Sql {
  return Prisma.sql`
    ${dashboardScope(filters, themeId)}
    SELECT c.id AS concern_id, c.title, st.current,
           to_char(f.start_date, 'YYYY-MM-DD') AS first_on, r.title AS first_title,
           (l.ord - f.ord + 1)::int AS rounds,
           round((l.start_date - f.start_date) / 365.25, 1)::float8 AS years
      FROM state st
      JOIN public.concerns c ON c.id = st.concern_id
      JOIN fr f ON f.ord = st.first_raised_ord
      JOIN public.rounds r ON r.id = f.id
      CROSS JOIN latest l
     WHERE NOT st.ever_resolved
       ${statusCondition(filters)}
     ORDER BY f.ord, c.title, c.id
     LIMIT ${limit}`;
}

/** The status filter on `state` (alias st), for widgets built on it. */
function statusCondition(filters: DashboardFilters): Prisma.Sql {
  return filters.statuses.length ? Prisma.sql`AND st.current::text = ANY(${filters.statuses}::text[])` : Prisma.empty;
}
