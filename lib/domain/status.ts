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
 * The SQL twin of this rule is CURRENT_STATUS_SQL below; keep them in step.
 */
export function currentStatus(assessments: readonly { status: Status }[]): Status | null {
  let current: Status | null = null;
  for (const { status } of assessments) {
    if (status !== "NOT_RAISED" || current === null) current = status;
  }
  return current;
}

/**
 * Per-concern current status as a set-based query (one row per concern that has
 * any status). Use as a CTE: `WITH current AS (${CURRENT_STATUS_SQL}) …`.
 */
export const CURRENT_STATUS_SQL = `
  SELECT DISTINCT ON (sa.concern_id) sa.concern_id, sa.status, sa.round_id
    FROM status_assessments sa
    JOIN rounds r ON r.id = sa.round_id
   ORDER BY sa.concern_id, (sa.status = 'NOT_RAISED'), r.start_date DESC, r.id DESC`;

/** Direction of a change between two rounds, for "what moved". */
export function changeDirection(from: Status | null, to: Status): "improved" | "worsened" | "new" | "same" | "other" {
  if (from === null || from === "NOT_RAISED") return to === "NOT_RAISED" ? "same" : "new";
  if (from === to) return "same";
  const rank: Record<Status, number> = { REGRESSED: 0, NO_PROGRESS: 1, RAISED: 1, IN_PROGRESS: 2, RESOLVED: 3, NOT_RAISED: -1 };
  if (to === "NOT_RAISED") return "other";
  if (rank[to] > rank[from]) return "improved";
  if (rank[to] < rank[from]) return "worsened";
  return "same";
}
