import "server-only";
import { db } from "@/lib/db";
import { emptyChangeCounts, type Change, type ChangeCounts } from "@/lib/domain/changes";
import {
  addChange,
  addToMix,
  compareError,
  comparedRounds,
  emptyMix,
  type ComparedRounds,
  type RoundColumn,
  type StatusMix,
} from "@/lib/domain/dashboard";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";
import { countCases, type CaseCounts } from "@/lib/data/cases";
import { overviewSql } from "@/lib/data/dashboard-sql";
import { isoDay } from "@/lib/domain/format";
import { DEFAULT_KINDS, type DashboardFilters, type ParsedFilters } from "@/lib/validation/dashboard";

export type ThemeSummary = {
  id: number;
  slug: string;
  name: string;
  description: string;
  concernCount: number;
  mix: StatusMix;
  changes: ChangeCounts;
};

export type DashboardOverview = {
  rounds: RoundColumn[];
  latestRound: RoundColumn | null;
  compared: ComparedRounds | null;
  totals: { concernCount: number; mix: StatusMix; changes: ChangeCounts };
  /** Individual cases: all, raised at the later compared round, situation changed since the earlier one. */
  cases: CaseCounts;
  themes: ThemeSummary[];
};

/** The rounds in view, in date order: the matrix columns and the chart's x axis. */
export async function listRoundsInView(filters: DashboardFilters): Promise<RoundColumn[]> {
  const rounds = await db.round.findMany({
    where: {
      kind: { in: filters.kinds },
      startDate: {
        ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
        ...(filters.to ? { lte: new Date(`${filters.to}T00:00:00Z`) } : {}),
      },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, title: true, kind: true, number: true, startDate: true },
  });
  return rounds.map((r) => ({ ...r, startDate: isoDay(r.startDate) }));
}

/**
 * Drops a compare (?at=, ?against=) that names a round not in view, or an
 * "against" round not before the other, with a message for the compare field.
 * Reads the rounds only when a compare was asked for, so the default view pays nothing.
 */
export async function checkCompare<T extends Pick<ParsedFilters, "filters" | "errors">>(parsed: T): Promise<T> {
  const { filters } = parsed;
  if (!filters.at && !filters.against) return parsed;
  const error = compareError(await listRoundsInView(filters), filters);
  if (!error) return parsed;
  return { ...parsed, filters: { ...filters, at: null, against: null }, errors: { ...parsed.errors, compare: error } };
}

type OverviewRow = { theme_id: number; current: Status | null; change: Change | null; n: number };

/**
 * Every theme's concern count, current-status mix and changes between the
 * compared rounds, from one grouped statement (plus the theme and round lists).
 */
export async function getDashboardOverview(filters: DashboardFilters): Promise<DashboardOverview> {
  const roundsInView = listRoundsInView(filters);
  const [themes, rounds, rows, cases] = await Promise.all([
    db.theme.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true },
    }),
    roundsInView,
    db.$queryRaw<OverviewRow[]>(overviewSql(filters)),
    roundsInView.then((all) => {
      const compared = comparedRounds(all, filters);
      return countCases(compared?.at ?? null, compared?.against ?? null);
    }),
  ]);

  const byTheme = new Map<number, ThemeSummary>(
    themes.map((t) => [t.id, { ...t, concernCount: 0, mix: emptyMix(), changes: emptyChangeCounts() }]),
  );
  const totals = { concernCount: 0, mix: emptyMix(), changes: emptyChangeCounts() };
  for (const row of rows) {
    const theme = byTheme.get(row.theme_id);
    if (!theme) continue;
    for (const target of [theme, totals]) {
      target.concernCount += row.n;
      addToMix(target.mix, row.current, row.n);
      addChange(target.changes, row.change, row.n);
    }
  }
  return { rounds, latestRound: rounds.at(-1) ?? null, compared: comparedRounds(rounds, filters), totals, cases, themes: [...byTheme.values()] };
}

export type StripMark = { roundId: number; title: string; kind: RoundKind; number: number | null; startDate: string; status: Status | null };

/**
 * One mark per round for a concern's status strip: every round of the given
 * kinds, plus any other round at which the concern was assessed (so no
 * recorded status is hidden). One statement.
 */
export async function getConcernStatusStrip(concernId: number, kinds: RoundKind[] = DEFAULT_KINDS): Promise<StripMark[]> {
  const rows = await db.$queryRaw<{ id: number; title: string; kind: RoundKind; number: number | null; start_date: string; status: Status | null }[]>`
    SELECT r.id, r.title, r.kind, r.number, to_char(r.start_date, 'YYYY-MM-DD') AS start_date, sa.status
      FROM public.rounds r
      LEFT JOIN public.status_assessments sa ON sa.round_id = r.id AND sa.concern_id = ${concernId}
     WHERE r.kind::text = ANY(${kinds}::text[]) OR sa.id IS NOT NULL
     ORDER BY r.start_date, r.id`;
  return rows.map((r) => ({ roundId: r.id, title: r.title, kind: r.kind, number: r.number, startDate: r.start_date, status: r.status }));
}
