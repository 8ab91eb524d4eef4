// Why a concern is suggested for a passage, in words the analyst can check,
// instead of a bare percentage. Pure: the data layer hands in what matched.
import { legalKeys } from "@/lib/domain/legal-references";

export type SuggestionReason =
  /** An article both cite, e.g. key art:274 and the concern's "Criminal Code Art. 274". */
  | { kind: "legal"; key: string; reference: string }
  /** A name in the passage, as written there (Бокаевтың), that the concern's title also names. */
  | { kind: "name"; name: string }
  /** An alias of the concern found in the passage, with its language. */
  | { kind: "alias"; term: string; language: string }
  /** The passage reads like a quote already recorded for the concern ("close" from 0.5 trigram similarity). */
  | { kind: "quote"; closeness: "close" | "partial" }
  /** Passage words (or words of the analyst's translation) found in the concern's title or description. */
  | { kind: "words"; words: string[] };

/**
 * Weights of the signals, summed into a score used for ordering only. Tuned
 * on the labelled passages of test/eval (npm run eval:suggestions).
 */
export const SUGGESTION_WEIGHTS = {
  legal: 6,
  /** Times the name's rarity among concerns. */
  name: 2.5,
  /** Times the word's rarity among concerns (ln(1 + concerns / concerns with the word)). */
  word: 1,
  alias: 2,
  /** Added per lexeme of a matched alias: longer aliases say more. */
  aliasWord: 1,
  /** Times the trigram similarity (0–1) with the closest recorded quote. */
  quote: 8,
  /** Times the trigram word similarity (from 0.5) of the concern's title with the passage. */
  title: 6,
  /** Below this nothing is suggested. */
  minimum: 1.5,
} as const;

const MAX_WORDS = 6;

export function buildReasons(match: {
  keys: string[];
  words: string[];
  legalReferences: string[];
  aliases: { term: string; language: string }[];
  quoteSimilarity: number | null;
  names: Map<string, string>;
}): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  for (const key of match.keys.filter((k) => k.startsWith("art:"))) {
    const reference = match.legalReferences.find((ref) => legalKeys(ref).includes(key)) ?? key.replace("art:", "Art. ");
    reasons.push({ kind: "legal", key, reference });
  }
  const names = new Set(match.keys.filter((k) => k.startsWith("n:")).map((k) => match.names.get(k.slice(2)) ?? k.slice(2)));
  for (const name of names) reasons.push({ kind: "name", name });
  for (const alias of match.aliases) reasons.push({ kind: "alias", term: alias.term, language: alias.language });
  if (match.quoteSimilarity !== null) reasons.push({ kind: "quote", closeness: match.quoteSimilarity >= 0.5 ? "close" : "partial" });
  const words = match.words.filter((w) => !/^\d+$/.test(w) || w.length === 4).slice(0, MAX_WORDS);
  if (words.length) reasons.push({ kind: "words", words });
  return reasons;
}

/** One line per reason, for lists and screen readers. */
export function describeReason(reason: SuggestionReason): string {
  switch (reason.kind) {
    case "legal":
      return `Legal reference: ${reason.reference}`;
    case "name":
      return `Name: ${reason.name}`;
    case "alias":
      return `Alias: ${reason.term} (${reason.language})`;
    case "quote":
      return reason.closeness === "close" ? "Reads like a quote already recorded for it" : "Partly like a quote already recorded for it";
    case "words":
      return `Words: ${reason.words.join(", ")}`;
  }
}
