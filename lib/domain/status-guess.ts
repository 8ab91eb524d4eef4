// The status the recording workspace pre-selects for a passage about a concern.
// Only a guess, always shown before saving; the analyst overrides it with one key.
// Pure: safe to import from client components.
import type { Status } from "@/lib/generated/prisma/enums";

export type StatusGuess = { status: Status; reason: string };

/**
 * From the concern's latest discussed status before this round (null when it was
 * never discussed): a concern never discussed is newly raised; one already
 * raised is not offered RAISED again but "no progress" (reiterated), except that
 * acknowledged steps (IN_PROGRESS) are assumed to continue.
 */
export function guessStatus(previous: { status: Status; roundTitle: string } | null): StatusGuess {
  if (previous === null) return { status: "RAISED", reason: "never discussed before this round" };
  if (previous.status === "IN_PROGRESS") return { status: "IN_PROGRESS", reason: `in progress at ${previous.roundTitle}` };
  return { status: "NO_PROGRESS", reason: `already discussed at ${previous.roundTitle}` };
}
