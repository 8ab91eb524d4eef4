// Pure helpers for the dashboard: tallying statuses and changes, round labels.
// Safe for client components and unit tests.
import { formatDate } from "@/lib/domain/format";
import { type Change, type ChangeCounts } from "@/lib/domain/changes";
import { STATUSES } from "@/lib/domain/status";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";

export type StatusMix = { counts: Record<Status, number>; /** concerns with no record in the rounds in view */ noRecord: number; total: number };
export type RoundColumn = { id: number; title: string; kind: RoundKind; number: number | null; startDate: string };

export const emptyMix = (): StatusMix => ({
  counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
  noRecord: 0,
  total: 0,
});

export function addToMix(mix: StatusMix, status: Status | null, n = 1): void {
  if (status === null) mix.noRecord += n;
  else mix.counts[status] += n;
  mix.total += n;
}

/** Adds `n` concerns with this change (null: nothing to report) between the compared rounds. */
export function addChange(changes: ChangeCounts, change: Change | null, n = 1): void {
  if (change !== null) changes[change] += n;
}

export type ComparedRounds = { at: RoundColumn; against: RoundColumn | null };

/**
 * The two rounds the dashboard compares, among the rounds in view (date
 * order): `at` (default the latest) and `against` (default the one before it),
 * as dashboardScope's `cmp` picks them. Null when no round is in view.
 */
export function comparedRounds(rounds: readonly RoundColumn[], compare: { at?: number | null; against?: number | null }): ComparedRounds | null {
  const atIndex = compare.at ? rounds.findIndex((r) => r.id === compare.at) : rounds.length - 1;
  const at = rounds[atIndex < 0 ? rounds.length - 1 : atIndex];
  if (!at) return null;
  const againstIndex = compare.against ? rounds.findIndex((r) => r.id === compare.against) : -1;
  const against = againstIndex >= 0 ? rounds[againstIndex]! : (rounds[rounds.indexOf(at) - 1] ?? null);
  return { at, against };
}

/** Why the rounds asked for cannot be compared in this view, or null when they can. */
export function compareError(rounds: readonly RoundColumn[], compare: { at?: number | null; against?: number | null }): string | null {
  const index = (id: number | null | undefined) => (id ? rounds.findIndex((r) => r.id === id) : null);
  const at = index(compare.at);
  const against = index(compare.against);
  if (at === -1 || against === -1) return "That round is not among the rounds in view; choose one from the lists.";
  if (against !== null && against >= (at ?? rounds.length - 1)) return "Compare with a round before the one whose changes you want to see.";
  return null;
}

const ORDINAL_SUFFIX = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
};

const KIND_SHORT: Record<RoundKind, string> = { HUMAN_RIGHTS_DIALOGUE: "", JHA_SUBCOMMITTEE: "JHA ", OTHER_ENGAGEMENT: "Other " };

/** A column heading short enough for a matrix: "2013 (5th)", "2020 JHA (18th)". */
export function roundShortLabel(round: Pick<RoundColumn, "kind" | "number" | "startDate">): string {
  const year = round.startDate.slice(0, 4);
  const number = round.number === null ? "" : ` (${round.number}${ORDINAL_SUFFIX(round.number)})`;
  return `${year} ${KIND_SHORT[round.kind]}${number}`.replace(/\s+/g, " ").trim();
}

/** "27 Nov 2013", in UTC because round dates are calendar dates. */
export function formatDay(isoDate: string): string {
  return formatDate(new Date(`${isoDate}T00:00:00Z`));
}

export function mixSentence(mix: StatusMix, label: (s: Status) => string): string {
  const parts = STATUSES.filter((s) => mix.counts[s] > 0).map((s) => `${mix.counts[s]} ${label(s).toLowerCase()}`);
  if (mix.noRecord > 0) parts.push(`${mix.noRecord} with no record in these rounds`);
  return parts.length ? parts.join(", ") : "No concerns";
}

/** In the matrix's compact rows (components/dashboard/matrix-table.tsx), a round with no record. */
export const MATRIX_NO_CELL = ".";
