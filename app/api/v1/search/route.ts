import { searchQuery } from "@/lib/api/endpoints";
import { parseQuery } from "@/lib/api/query";
import { authorizedRoute } from "@/lib/auth/authorized";
import { search } from "@/lib/data/search";
import { plainSnippet, snippetParts } from "@/lib/domain/search-kinds";

/** Offsets of the highlighted parts of a snippet, in the snippet without its markers. */
function highlights(snippet: string) {
  const found: { start: number; end: number }[] = [];
  let at = 0;
  for (const part of snippetParts(snippet)) {
    if (part.marked) found.push({ start: at, end: at + part.text.length });
    at += part.text.length;
  }
  return found;
}

export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const url = new URL(request.url);
  const parsed = parseQuery(searchQuery, url);
  if (!parsed.ok) return parsed.response;
  const { q, limit, cursor, kind, theme, round, status, language, from, to } = parsed.value;
  const offset = cursor ?? 0;
  const started = performance.now();
  const result = await search(q, { kind, themeId: theme, roundId: round, status, language, from, to }, { offset, limit }, user);
  // How long the search itself took (its statements through Prisma), for a client's or the bench's breakdown of the answer's time.
  const searchMs = performance.now() - started;
  const nextCursor = offset + result.hits.length < result.total && result.hits.length > 0 ? String(offset + result.hits.length) : null;
  const next = nextCursor ? new URL(url) : null;
  next?.searchParams.set("cursor", nextCursor!);
  const items = result.hits.map((hit) => ({
    kind: hit.kind,
    id: hit.id,
    title: plainSnippet(hit.title),
    snippet: plainSnippet(hit.snippet),
    highlights: highlights(hit.snippet),
    context: hit.context,
    url: `${url.origin}${hit.href}`,
  }));
  return Response.json(
    { items, nextCursor, links: { self: url.toString(), next: next?.toString() ?? null }, total: result.total, counts: result.counts },
    { headers: { "cache-control": "private, no-store", "server-timing": `search;dur=${searchMs.toFixed(1)}` } },
  );
});
