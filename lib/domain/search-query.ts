// What a user types in the search box, read once: words, "quoted phrases",
// prefixes (journal*) and exclusions (-word, -"a phrase"). The data layer turns
// the terms into a tsquery with parameters only (lib/data/search-sql.ts); no
// typed text ever becomes SQL or tsquery syntax. Pure.
import { caseNameKeys } from "@/lib/domain/cases";
import { legalKeys } from "@/lib/domain/legal-references";

export type SearchTerm = { kind: "word" | "phrase" | "prefix"; text: string; negated: boolean };

export type SearchQuery = {
  /** The query as typed, trimmed. */
  text: string;
  terms: SearchTerm[];
  /** Name keys of the words looked for, to find a person across Latin and Cyrillic spellings. */
  nameKeys: string[];
  /** Articles the query names ("Art. 274", "статья 274"), as canonical keys. */
  legalKeys: string[];
};

export const SEARCH_LIMITS = { length: 200, terms: 12, prefix: 2 } as const;

export type ParsedSearch = { ok: true; query: SearchQuery } | { ok: false; message: string };

// A token: an optional minus, then a quoted phrase (closed or not) or a run of non-space characters.
const TOKEN = /(-?)(?:"([^"]*)("?)|(\S+))/gu;
const LETTERS = /[\p{L}\p{N}]+/gu;

/** Reads the query; a query that cannot be searched gets a sentence saying why. */
export function parseSearchQuery(input: string): ParsedSearch {
  const text = input.trim();
  if (!text) return { ok: false, message: "Type a word to search for." };
  if (text.length > SEARCH_LIMITS.length) return { ok: false, message: `Keep the search to ${SEARCH_LIMITS.length} characters or fewer.` };
  const terms: SearchTerm[] = [];
  for (const [, minus, phrase, closing, word] of text.matchAll(TOKEN)) {
    const negated = minus === "-";
    if (phrase !== undefined) {
      if (closing !== '"') return { ok: false, message: "A phrase is missing its closing quote mark (\")." };
      const words = phrase.match(LETTERS);
      if (words) terms.push({ kind: words.length > 1 ? "phrase" : "word", text: words.join(" "), negated });
      continue;
    }
    const prefix = word!.endsWith("*");
    const letters = word!.match(LETTERS)?.join(" ");
    if (!letters) continue;
    if (prefix) {
      const stem = word!.slice(0, -1).match(LETTERS)?.join("") ?? "";
      if ([...stem].length < SEARCH_LIMITS.prefix) return { ok: false, message: `Give at least ${SEARCH_LIMITS.prefix} letters before the * of a prefix.` };
      terms.push({ kind: "prefix", text: stem, negated });
    } else {
      terms.push({ kind: letters.includes(" ") ? "phrase" : "word", text: letters, negated });
    }
  }
  if (terms.length > SEARCH_LIMITS.terms) return { ok: false, message: `Use at most ${SEARCH_LIMITS.terms} words or phrases.` };
  const wanted = terms.filter((t) => !t.negated);
  if (wanted.length === 0) {
    return { ok: false, message: terms.length ? "Add a word to look for: a search cannot only leave words out." : "Type a word to search for." };
  }
  const plain = wanted.filter((t) => t.kind !== "prefix").map((t) => t.text);
  return { ok: true, query: { text, terms, nameKeys: caseNameKeys(plain.join(" "), []), legalKeys: legalKeys(text) } };
}
