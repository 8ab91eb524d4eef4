// The change of a concern between two rounds, named: one table that the
// dashboard, the theme pages, the round pages and the CSV all follow. The SQL
// twin (changeSql) is generated from the same table, and
// test/integration/change-rule.test.ts runs it in PostgreSQL for every pair.
// Pure: safe to import from client components.
import type { Status } from "@/lib/generated/prisma/enums";

export const CHANGES = ["newly-raised", "improved", "worsened", "reopened", "stalled", "reiterated", "dropped", "back-on-agenda"] as const;
export type Change = (typeof CHANGES)[number];

export const CHANGE_INFO: Record<Change, { label: string; description: string }> = {
  "newly-raised": { label: "Newly raised", description: "First discussed at this round" },
  improved: { label: "Improved", description: "Now resolved, or steps acknowledged where there were none" },
  worsened: { label: "Worsened", description: "Now regressed" },
  reopened: { label: "Reopened", description: "Raised again after it was resolved" },
  stalled: { label: "Stalled", description: "Steps had been acknowledged; now no progress" },
  reiterated: { label: "Reiterated", description: "Raised again with nothing new" },
  dropped: { label: "Dropped", description: "Discussed at the earlier round, not at this one" },
  "back-on-agenda": { label: "Back on the agenda", description: "Discussed again after one or more rounds without" },
};

/** Where the concern stood at the earlier round: a discussed status, or not discussed there (ever before, or not). */
export type ChangeFrom = Exclude<Status, "NOT_RAISED"> | "NEVER" | "NOT_SINCE";
/** Where it stands at the later round: a discussed status, or not discussed (NOT_RAISED or no record). */
export type ChangeTo = Exclude<Status, "NOT_RAISED"> | "NOT_DISCUSSED";

const same = (change: Change | null) => ({ RAISED: change, NO_PROGRESS: change, IN_PROGRESS: change, RESOLVED: change, REGRESSED: change, NOT_DISCUSSED: null });

/**
 * The rule, from ../shared/DESIGN.md and the issue on changes. Where two of its
 * lines meet, the more specific wins: the same discussed status again is
 * "reiterated" even for RESOLVED and REGRESSED (the outcome was welcomed, or the
 * deterioration noted, once already), and a concern not discussed at the
 * earlier round is "newly raised" or "back on the agenda" whatever its status now.
 * A RAISED after a discussion reads as the status it repeats: no progress.
 */
export const CHANGE_TABLE: Record<ChangeFrom, Record<ChangeTo, Change | null>> = {
  NEVER: same("newly-raised"),
  NOT_SINCE: same("back-on-agenda"),
  RAISED: { RAISED: "reiterated", NO_PROGRESS: "reiterated", IN_PROGRESS: "improved", RESOLVED: "improved", REGRESSED: "worsened", NOT_DISCUSSED: "dropped" },
  NO_PROGRESS: { RAISED: "reiterated", NO_PROGRESS: "reiterated", IN_PROGRESS: "improved", RESOLVED: "improved", REGRESSED: "worsened", NOT_DISCUSSED: "dropped" },
  IN_PROGRESS: { RAISED: "stalled", NO_PROGRESS: "stalled", IN_PROGRESS: "reiterated", RESOLVED: "improved", REGRESSED: "worsened", NOT_DISCUSSED: "dropped" },
  RESOLVED: { RAISED: "reopened", NO_PROGRESS: "reopened", IN_PROGRESS: "reopened", RESOLVED: "reiterated", REGRESSED: "worsened", NOT_DISCUSSED: "dropped" },
  REGRESSED: { RAISED: "reiterated", NO_PROGRESS: "reiterated", IN_PROGRESS: "improved", RESOLVED: "improved", REGRESSED: "reiterated", NOT_DISCUSSED: "dropped" },
};

const discussed = (status: Status | null): status is Exclude<Status, "NOT_RAISED"> => status !== null && status !== "NOT_RAISED";

/**
 * The change from the earlier round to the later one. `from` and `to` are the
 * statuses recorded at those rounds (null: no record); `discussedBefore` says
 * whether the concern was discussed at any other round before the later one.
 * Null: nothing to report (not discussed at either round).
 */
export function changeBetween(from: Status | null, to: Status | null, discussedBefore: boolean): Change | null {
  const fromKey: ChangeFrom = discussed(from) ? from : discussedBefore ? "NOT_SINCE" : "NEVER";
  return CHANGE_TABLE[fromKey][discussed(to) ? to : "NOT_DISCUSSED"];
}

const FROM_KEYS = Object.keys(CHANGE_TABLE) as ChangeFrom[];
const TO_KEYS = Object.keys(CHANGE_TABLE.NEVER) as ChangeTo[];

/**
 * The same rule as a SQL expression (text, or NULL for no change) over SQL
 * expressions for the two statuses (of type "Status", NULL for no record) and
 * a boolean for "discussed at another round before" (NULL counts as false).
 */
export function changeSql(from: string, to: string, discussedBefore: string): string {
  const fromKey = `CASE WHEN ${from} <> 'NOT_RAISED' THEN ${from}::text WHEN coalesce(${discussedBefore}, false) THEN 'NOT_SINCE' ELSE 'NEVER' END`;
  const toKey = `CASE WHEN ${to} <> 'NOT_RAISED' THEN ${to}::text ELSE 'NOT_DISCUSSED' END`;
  const cases = FROM_KEYS.flatMap((f) =>
    TO_KEYS.flatMap((t) => {
      const change = CHANGE_TABLE[f][t];
      return change === null ? [] : [`WHEN '${f}>${t}' THEN '${change}'`];
    }),
  );
  return `(CASE (${fromKey}) || '>' || (${toKey}) ${cases.join(" ")} END)`;
}

export type ChangeCounts = Record<Change, number>;

export const emptyChangeCounts = (): ChangeCounts => Object.fromEntries(CHANGES.map((c) => [c, 0])) as ChangeCounts;

export const isChange = (value: unknown): value is Change => (CHANGES as readonly unknown[]).includes(value);
