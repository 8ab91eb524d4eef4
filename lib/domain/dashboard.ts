// Pure helpers for the dashboard: tallying statuses and changes, round labels.
// Safe for client components and unit tests.
import { formatDate } from "@/lib/domain/format";
import { changeDirection, STATUSES } from "@/lib/domain/status";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";

export type StatusMix = { counts: Record<Status, number>; /** concerns with no record in the rounds in view */ noRecord: number; total: number };
export type ChangeCounts = { improved: number; worsened: number; newlyRaised: number; notRaised: number };
export type RoundColumn = { id: number; title: string; kind: RoundKind; number: number | null; startDate: string };

export const emptyMix = (): StatusMix => ({
  counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
  noRecord: 0,
  total: 0,
});

export const emptyChanges = (): ChangeCounts => ({ improved: 0, worsened: 0, newlyRaised: 0, notRaised: 0 });

export function addToMix(mix: StatusMix, status: Status | null, n = 1): void {
  if (status === null) mix.noRecord += n;
  else mix.counts[status] += n;
  mix.total += n;
}

/** Adds `n` concerns that went from `before` to `latest` at the latest round. */
export function addChange(changes: ChangeCounts, before: Status | null, latest: Status | null, n = 1): void {
  if (latest === null) return; // not assessed at the latest round: nothing moved there
  const direction = changeDirection(before, latest);
  if (direction === "improved") changes.improved += n;
  else if (direction === "worsened") changes.worsened += n;
  else if (direction === "new") changes.newlyRaised += n;
  else if (direction === "other") changes.notRaised += n;
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
