import "server-only";
import { suggestionKeys, suggestionSql, type SuggestionRequest, type SuggestionRow } from "@/lib/data/suggestions-sql";
import { db } from "@/lib/db";
import { buildReasons, type SuggestionReason } from "@/lib/domain/suggestions";

export type { SuggestionRequest } from "@/lib/data/suggestions-sql";
export type { SuggestionReason } from "@/lib/domain/suggestions";

/** One concern suggested for a passage. The UI and the recording workspace show these. */
export type ConcernSuggestion = {
  id: number;
  title: string;
  themeName: string;
  /** The concern already has a status at this round: show it, but do not offer it for a new status. */
  hasStatus: boolean;
  /** For ordering only: a sum of weighted signals, not a probability. Never show it as a percentage. */
  score: number;
  /** Why it is suggested, strongest first: legal references, names, aliases, similar quotes, shared words. */
  reasons: SuggestionReason[];
};

/**
 * The concerns a passage most likely speaks about, in any language, in one
 * statement (see suggestions-sql.ts for the signals and how they combine).
 */
export async function suggestConcerns(request: SuggestionRequest): Promise<ConcernSuggestion[]> {
  const input = suggestionKeys(request);
  if (!input) return [];
  const rows = await db.$queryRaw<SuggestionRow[]>(suggestionSql(input));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    themeName: row.themeName,
    hasStatus: row.hasStatus,
    score: row.score,
    reasons: buildReasons({ ...row, aliases: row.aliases ?? [], names: input.names }),
  }));
}
