// The status vocabulary of ../shared/DESIGN.md: the order on every chart, the
// words, and a colour *and* a symbol for each, so nothing relies on colour alone.
// Pure: safe to import from client components.
import type { Status } from "@/lib/generated/prisma/enums";

export const STATUSES = ["RAISED", "NO_PROGRESS", "IN_PROGRESS", "RESOLVED", "REGRESSED", "NOT_RAISED"] as const satisfies readonly Status[];

export type StatusInfo = {
  label: string;
  description: string;
  /** Okabe–Ito palette; readable by colour-blind readers. */
  color: string;
  /** Text colour that contrasts with `color` (WCAG AA). */
  textColor: string;
  symbol: string;
};

export const STATUS_INFO: Record<Status, StatusInfo> = {
  RAISED: { label: "Raised", description: "First raised, or newly raised", color: "#e69f00", textColor: "#000000", symbol: "●" },
  NO_PROGRESS: { label: "No progress", description: "Reiterated; nothing changed", color: "#d55e00", textColor: "#000000", symbol: "■" },
  IN_PROGRESS: { label: "In progress", description: "Steps acknowledged; the concern remains", color: "#56b4e9", textColor: "#000000", symbol: "◐" },
  RESOLVED: { label: "Resolved", description: "The EU welcomed the outcome", color: "#009e73", textColor: "#000000", symbol: "✓" },
  REGRESSED: { label: "Regressed", description: "Worse than before", color: "#cc79a7", textColor: "#000000", symbol: "▼" },
  NOT_RAISED: { label: "Not raised", description: "Not mentioned at that round", color: "#e5e7eb", textColor: "#1f2937", symbol: "–" },
};

export const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);

/**
 * A concern's current status: its status at the latest round where it was
 * actually discussed. NOT_RAISED says "no information", so it only stands when
 * nothing else was ever recorded. `assessments` must be ordered by round date.
 * The SQL twin of this rule is statusRankSql below; keep them in step.
 */
export function currentStatus(assessments: readonly { status: Status }[]): Status | null {
  let current: Status | null = null;
  for (const { status } of assessments) {
    if (status !== "NOT_RAISED" || current === null) current = status;
  }
  return current;
}

// The same rule in SQL, as plain `max` aggregates rather than a sort, so it runs
// as one hash aggregate even over 200,000 assessments. Each assessment is given
// a rank (statusRankSql) that orders it as the rule does: any discussed status
// above every NOT_RAISED, then later rounds above earlier ones. The status is
// packed into the rank's last three bits, so the max rank reads back as the
// current status (unpackStatusSql).
const STATUS_ARRAY_SQL = `ARRAY[${STATUSES.map((s) => `'${s}'`).join(", ")}]::"Status"[]`;
const DISCUSSED = 1 << 30;

/** The rank of an assessment with round position `ord` (1…n, in date order) and `status`. */
export function statusRankSql(ord: string, status: string): string {
  const code = `CASE ${status} ${STATUSES.map((s, i) => `WHEN '${s}' THEN ${i + 1}`).join(" ")} END`;
  return `(CASE WHEN ${status} = 'NOT_RAISED' THEN 0 ELSE ${DISCUSSED} END + ${ord} * 8 + ${code})`;
}

/** The status a rank (or a max of ranks) carries; NULL stays NULL. */
export function unpackStatusSql(rank: string): string {
  return `(${STATUS_ARRAY_SQL})[(${rank}) % 8]`;
}

/**
 * Per-concern current status over every round (one row per concern that has
 * any status). Use as a CTE: `WITH cur AS (${CURRENT_STATUS_SQL}) …`.
 */
export const CURRENT_STATUS_SQL = `
  SELECT sa.concern_id, ${unpackStatusSql(`max(${statusRankSql("r.ord", "sa.status")})`)} AS status
    FROM status_assessments sa
    JOIN (SELECT id, row_number() OVER (ORDER BY start_date, id)::int AS ord FROM rounds) r ON r.id = sa.round_id
   GROUP BY sa.concern_id`;
