import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { changesSql, countConcernsSql, longestOpenSql, matrixSql, mixByRoundSql } from "@/lib/data/dashboard-sql";
import type { Change } from "@/lib/domain/changes";
import { currentStatus } from "@/lib/domain/status";
import { forbiddenCharacter } from "@/lib/domain/text-guard";
import { addToMix, emptyMix, type StatusMix } from "@/lib/domain/dashboard";
import type { Status } from "@/lib/generated/prisma/enums";
import type { DashboardFilters } from "@/lib/validation/dashboard";

// The theme page's widgets: one statement each, scoped to one theme through
// dashboardScope so they agree with the overview.

export type ThemeHeader = { id: number; slug: string; name: string; description: string };

/** Cached per request: the theme page's metadata and body both ask for it. */
export const getThemeBySlug = cache(async (slug: string): Promise<ThemeHeader | null> => {
  // A URL may carry anything; PostgreSQL refuses NUL outright, so such a slug names no theme.
  if (!slug || slug.length > 200 || forbiddenCharacter(slug)) return null;
  return db.theme.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
});

export const MATRIX_PAGE_SIZE = 25;

export type MatrixCell = { assessmentId: number; status: Status };
export type MatrixRow = { concernId: number; title: string; current: Status | null; cells: Map<number, MatrixCell> };
export type ThemeMatrix = { rows: MatrixRow[]; totalConcerns: number; page: number; pageCount: number };

type MatrixSqlRow = {
  concern_id: number;
  title: string;
  total: number;
  assessment_id: number | null;
  round_id: number | null;
  status: Status | null;
};

/**
 * Rows: the theme's unmerged concerns (by title), a page at a time, or all of
 * them for export (`page: null`); cells: their assessments at the rounds in view.
 */
export async function getThemeMatrix(themeId: number, filters: DashboardFilters, page: number | null): Promise<ThemeMatrix> {
  const limit = page === null ? null : MATRIX_PAGE_SIZE;
  const offset = page === null ? 0 : (page - 1) * MATRIX_PAGE_SIZE;
  const rows = await db.$queryRaw<MatrixSqlRow[]>(matrixSql(themeId, filters, limit, offset));

  const byConcern = new Map<number, MatrixRow>();
  for (const row of rows) {
    let entry = byConcern.get(row.concern_id);
    if (!entry) {
      entry = { concernId: row.concern_id, title: row.title, current: null, cells: new Map() };
      byConcern.set(row.concern_id, entry);
    }
    if (row.assessment_id !== null && row.round_id !== null && row.status !== null) {
      entry.cells.set(row.round_id, { assessmentId: row.assessment_id, status: row.status });
    }
  }
  // Cells arrive in round order, so the TS rule gives the same answer as `state`.
  for (const entry of byConcern.values()) entry.current = currentStatus([...entry.cells.values()]);
  const totalConcerns = rows[0]?.total ?? (page !== null && page > 1 ? await countConcernsInView(themeId, filters) : 0);
  return {
    rows: [...byConcern.values()],
    totalConcerns,
    page: page ?? 1,
    pageCount: page === null ? 1 : Math.max(1, Math.ceil(totalConcerns / MATRIX_PAGE_SIZE)),
  };
}

/** Only needed when a page past the end was asked for (an old link). */
async function countConcernsInView(themeId: number, filters: DashboardFilters): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(countConcernsSql(themeId, filters));
  return row?.n ?? 0;
}

/** The status mix at each round in view, for the concerns in view: one grouped statement. */
export async function getStatusMixByRound(themeId: number, filters: DashboardFilters): Promise<Map<number, StatusMix>> {
  const rows = await db.$queryRaw<{ round_id: number; status: Status; n: number }[]>(mixByRoundSql(themeId, filters));
  const byRound = new Map<number, StatusMix>();
  for (const row of rows) {
    const mix = byRound.get(row.round_id) ?? emptyMix();
    addToMix(mix, row.status, row.n);
    byRound.set(row.round_id, mix);
  }
  return byRound;
}

export type ConcernChange = {
  concernId: number;
  title: string;
  /** Status at the earlier compared round; null: no record there. */
  from: Status | null;
  /** Status at the later compared round; null: no record there. */
  to: Status | null;
  change: Change;
};

/**
 * Concerns with a named change between the compared rounds (default: the
 * latest round in view against the one before it), grouped by change.
 */
export async function listChanges(themeId: number, filters: DashboardFilters): Promise<ConcernChange[]> {
  const rows = await db.$queryRaw<{ concern_id: number; title: string; before: Status | null; latest: Status | null; change: Change }[]>(
    changesSql(themeId, filters),
  );
  return rows.map((r) => ({ concernId: r.concern_id, title: r.title, from: r.before, to: r.latest, change: r.change }));
}

export type OpenConcern = {
  concernId: number;
  title: string;
  current: Status;
  firstRaisedOn: string;
  firstRaisedRoundTitle: string;
  /** Rounds in view from the first raised to the latest, both included. */
  rounds: number;
  /** Years from the first raised round to the latest round in view, one decimal. */
  years: number;
};

/**
 * Concerns never RESOLVED at any round in view, oldest first (ties: more
 * rounds, then title). "First raised" is the earliest round in view where the
 * concern was actually discussed (NOT_RAISED does not count).
 */
export async function listLongestOpen(themeId: number, filters: DashboardFilters, limit: number | null = 10): Promise<OpenConcern[]> {
  const rows = await db.$queryRaw<{ concern_id: number; title: string; current: Status; first_on: string; first_title: string; rounds: number; years: number }[]>(longestOpenSql(themeId, filters, limit));
  return rows.map((r) => ({
    concernId: r.concern_id,
    title: r.title,
    current: r.current,
    firstRaisedOn: r.first_on,
    firstRaisedRoundTitle: r.first_title,
    rounds: r.rounds,
    years: r.years,
  }));
}
