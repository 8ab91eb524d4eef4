// Records that contradict a concern's own history: the status form warns of
// them before saving (saving stays allowed), and the "Data to check" page lists
// every one already saved (lib/data/data-to-check.ts runs the same checks in
// SQL; test/integration/data-to-check.test.ts holds the two together).
// Rounds are ordered by date, ties by id, as everywhere else. Pure.
import type { Status } from "@/lib/generated/prisma/enums";

export type RoundRef = { id: number; title: string; startDate: string };
export type HistoryEntry = { round: RoundRef; status: Status };

export const CHECKS = ["raised-again", "before-first-raised", "first-raised-not-earliest"] as const;
export type Check = (typeof CHECKS)[number];

export const CHECK_INFO: Record<Check, { label: string; description: string }> = {
  "raised-again": {
    label: "Raised again",
    description: "Raised is recorded after the concern was already discussed at an earlier round; a later mention is usually No progress or In progress.",
  },
  "before-first-raised": {
    label: "Before first raised",
    description: "A status is recorded at a round dated before the round the concern is said to be first raised at.",
  },
  "first-raised-not-earliest": {
    label: "First raised is not the earliest",
    description: "The round the concern is said to be first raised at is not the earliest round it was discussed at.",
  },
};

const discussed = (status: Status) => status !== "NOT_RAISED";
const before = (a: RoundRef, b: RoundRef) => a.startDate < b.startDate || (a.startDate === b.startDate && a.id < b.id);

/** The earliest round the concern was discussed at, or null. */
export function earliestDiscussed(history: readonly HistoryEntry[]): RoundRef | null {
  return history.filter((h) => discussed(h.status)).reduce<RoundRef | null>((first, h) => (first && !before(h.round, first) ? first : h.round), null);
}

/**
 * What saving `status` at `round` would contradict, given the concern's other
 * statuses (`history`, without the one being edited) and its first-raised round.
 */
export function statusWarnings(round: RoundRef, status: Status, history: readonly HistoryEntry[], firstRaised: RoundRef | null): string[] {
  const warnings: string[] = [];
  const earlier = history.filter((h) => h.round.id !== round.id && discussed(h.status) && before(h.round, round));
  if (status === "RAISED" && earlier.length) {
    const last = earlier.reduce((a, b) => (before(a.round, b.round) ? b : a));
    warnings.push(`This concern was already discussed at ${last.round.title} (${last.round.startDate}). ${CHECK_INFO["raised-again"].description}`);
  }
  if (firstRaised && discussed(status) && before(round, firstRaised)) {
    warnings.push(
      `This round is dated before ${firstRaised.title} (${firstRaised.startDate}), where the concern is said to be first raised. ` +
        "After saving, move first raised to this round from Data to check.",
    );
  }
  return warnings;
}
