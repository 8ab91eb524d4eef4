import { z } from "zod";
import { searchQuery } from "@/lib/api/endpoints";
import type { SearchFilters } from "@/lib/data/search-sql";
import type { SearchQuery } from "@/lib/domain/search-query";

// The search page reads the API's own parameters (lib/api/endpoints.ts), with a
// page number instead of a cursor. Unlike the API it ignores parameters it does
// not know (a shared link may carry some), and shows each bad one next to its field.

export const SEARCH_PAGE_SIZE = 20;
/** Hits of each kind shown before "Show all" when no kind is chosen. */
export const SEARCH_PER_KIND = 5;

const pageSchema = searchQuery.omit({ limit: true, cursor: true }).extend({
  page: z.coerce.number({ error: "page must be a whole number." }).int("page must be a whole number.").min(1, "page must be 1 or more.").max(10_000, "page must be at most 10000.").default(1),
});

export type SearchPageParams =
  | { state: "empty"; raw: Record<string, string> }
  | { state: "invalid"; raw: Record<string, string>; errors: Record<string, string[]> }
  | { state: "ready"; raw: Record<string, string>; query: SearchQuery; filters: SearchFilters; page: number };

export function parseSearchPageParams(params: Record<string, string | string[] | undefined>): SearchPageParams {
  const raw: Record<string, string> = {};
  for (const key of [...Object.keys(pageSchema.shape)]) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") raw[key] = first;
  }
  if (!raw.q?.trim()) return { state: "empty", raw };
  const parsed = pageSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "q")] ??= []).push(issue.message);
    return { state: "invalid", raw, errors };
  }
  const { q, page, kind, theme, round, status, language, from, to } = parsed.data;
  return { state: "ready", raw, query: q, page, filters: { kind, themeId: theme, roundId: round, status, language, from, to } };
}
