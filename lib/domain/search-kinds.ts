// What search looks through, and which filter applies to which kind of record.
// A filter narrows the kinds it applies to and leaves out the kinds it cannot
// apply to (a document has no theme; a round has no language), so a filtered
// search never shows records the filter says nothing about. Pure.

export const SEARCH_KINDS = ["concern", "quote", "note", "document", "round", "case"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  concern: { one: "concern", many: "Concerns" },
  quote: { one: "quote", many: "Quotes" },
  note: { one: "note", many: "Notes on statuses" },
  document: { one: "document", many: "Documents" },
  round: { one: "round", many: "Rounds" },
  case: { one: "case", many: "Individual cases" },
};

export type SearchFilterName = "theme" | "round" | "status" | "language" | "dates";

/** The kinds each filter applies to; the others are left out while it is set. */
export const FILTER_KINDS: Record<SearchFilterName, readonly SearchKind[]> = {
  theme: ["concern", "quote", "note", "case"],
  round: ["concern", "quote", "note", "document", "round", "case"],
  status: ["concern", "quote", "note"],
  language: ["quote", "document"],
  dates: ["concern", "quote", "note", "document", "round"],
};

/** The kinds searched under these filters: every kind every set filter applies to. */
export function searchedKinds(set: readonly SearchFilterName[], only?: SearchKind): SearchKind[] {
  return SEARCH_KINDS.filter((kind) => (!only || kind === only) && set.every((name) => FILTER_KINDS[name].includes(kind)));
}

export const isSearchKind = (value: unknown): value is SearchKind => (SEARCH_KINDS as readonly unknown[]).includes(value);

/** Highlight markers that ts_headline puts around matches: control characters no stored text may hold (lib/domain/text-guard.ts). */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** A snippet cut into plain and highlighted parts, to render without HTML. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [i, piece] of snippet.split(MARK_START).entries()) {
    const end = i === 0 ? -1 : piece.indexOf(MARK_END);
    if (end > 0) parts.push({ text: piece.slice(0, end), marked: true });
    const rest = end < 0 ? piece : piece.slice(end + 1);
    if (rest) parts.push({ text: rest.replaceAll(MARK_END, ""), marked: false });
  }
  return parts;
}

/** The snippet's text without markers: the passage a document hit points at. */
export const plainSnippet = (snippet: string) => snippet.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
