import "server-only";
import { db } from "@/lib/db";
import { caseLabel, seesIdentity } from "@/lib/domain/cases";
import { plainSnippet, searchedKinds, MARK_START, type SearchKind } from "@/lib/domain/search-kinds";
import { searchConfigsFor } from "@/lib/domain/search-language";
import type { SearchQuery } from "@/lib/domain/search-query";
import { isStatus, STATUS_INFO } from "@/lib/domain/status";
import type { Reader } from "@/lib/data/cases";
import { hitDetailsSql, searchSql, setFilters, TAGGED_LANGUAGES_SQL, type SearchFilters, type SearchHitRow, type SearchSelection, type SearchStatementInput } from "@/lib/data/search-sql";

export type { SearchFilters, SearchSelection } from "@/lib/data/search-sql";

export type SearchHit = {
  kind: SearchKind;
  id: number;
  /** Highlight markers included (lib/domain/search-kinds.ts snippetParts). */
  title: string;
  snippet: string;
  /** A quote's translation, when it has one. */
  secondSnippet: string | null;
  context: string | null;
  /** The exact place: a quote opens its concern's timeline at the round; a document hit, the passage. */
  href: string;
  /** A sensitive case the reader may not identify: shown by its label only. */
  identityHidden: boolean;
};

export type SearchResult = {
  /** Hits per kind searched; kinds the filters leave out are absent. */
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  hits: SearchHit[];
};

/** The configurations records are stored in (searchConfigsFor). */
export async function searchConfigs(): Promise<string[]> {
  const rows = await db.$queryRaw<{ language: string }[]>(TAGGED_LANGUAGES_SQL);
  return searchConfigsFor(rows.map((r) => r.language));
}

type DetailRow = {
  id: number; title: string | null; snippet: string | null; secondSnippet?: string | null; context: string | null;
  /** A concern's aliases that hold a word looked for, highlighted. */
  aliases?: string | null;
  status?: string | null; sensitive?: boolean; concernId: number | null; roundId: number | null;
};

function hrefOf(kind: SearchKind, row: DetailRow): string {
  switch (kind) {
    case "concern": return `/concerns/${row.id}`;
    case "quote": return `/concerns/${row.concernId}?quote=${row.id}#round-${row.roundId}`;
    case "note": return `/concerns/${row.concernId}#round-${row.roundId}`;
    case "document":
      return row.snippet?.includes(MARK_START) ? `/documents/${row.id}?passage=${encodeURIComponent(plainSnippet(row.snippet))}#passage` : `/documents/${row.id}`;
    case "round": return `/rounds/${row.id}`;
    case "case": return `/cases/${row.id}`;
  }
}

/** A concern whose description holds none of the words shows the aliases that do. */
function snippetOf(row: DetailRow): string {
  return row.aliases && !row.snippet?.includes(MARK_START) ? `Also known as: ${row.aliases}` : (row.snippet ?? "");
}

function toHit(kind: SearchKind, row: DetailRow, reader: Reader): SearchHit {
  const identityHidden = kind === "case" && !seesIdentity(reader.role, row.sensitive ?? false);
  const status = row.status && isStatus(row.status) ? STATUS_INFO[row.status].label : null;
  return {
    kind,
    id: row.id,
    title: identityHidden ? caseLabel(row.id) : (row.title ?? ""),
    snippet: identityHidden ? "" : snippetOf(row),
    secondSnippet: row.secondSnippet ?? null,
    context: [status, row.context].filter(Boolean).join(" · ") || null,
    href: hrefOf(kind, row),
    identityHidden,
  };
}

/**
 * Searches every kind of record the filters apply to, in one statement for the
 * hits and counts, then one per kind for the selected hits' snippets. A reader
 * who may not see a sensitive case's identity cannot find it by name, and its
 * hit shows its label only.
 */
export async function search(query: SearchQuery, filters: SearchFilters, selection: SearchSelection, reader: Reader): Promise<SearchResult> {
  const input: SearchStatementInput = { query, filters, configs: await searchConfigs(), seesSensitive: seesIdentity(reader.role, true) };
  const rows = await db.$queryRaw<SearchHitRow[]>(searchSql(input, selection));
  const counts: Partial<Record<SearchKind, number>> = {};
  for (const kind of searchedKinds(setFilters(filters))) counts[kind] = 0;
  const picked = rows.filter((r) => r.total === null);
  for (const row of rows) if (row.total !== null) counts[row.kind] = row.total;
  const byKind = new Map<SearchKind, number[]>();
  for (const row of picked) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.id!]);
  const details = new Map<string, SearchHit>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const found = await db.$queryRaw<DetailRow[]>(hitDetailsSql(kind, ids, input));
      for (const row of found) details.set(`${kind}:${row.id}`, toHit(kind, row, reader));
    }),
  );
  const hits = picked.map((r) => details.get(`${r.kind}:${r.id}`)).filter((h): h is SearchHit => Boolean(h));
  const total = filters.kind ? (counts[filters.kind] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
  return { counts, total, hits };
}
