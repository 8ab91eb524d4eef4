import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { requirePageUser } from "@/lib/auth/authorized";
import { listRoundOptions } from "@/lib/data/rounds";
import { search } from "@/lib/data/search";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { plural } from "@/lib/domain/format";
import { parseSearchPageParams, SEARCH_PAGE_SIZE, SEARCH_PER_KIND } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const params = parseSearchPageParams(await searchParams);
  const [themes, rounds] = await Promise.all([listThemesWithConcernCounts(), listRoundOptions()]);
  const result =
    params.state === "ready"
      ? await search(
          params.query,
          params.filters,
          params.filters.kind ? { offset: (params.page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE } : { perKind: SEARCH_PER_KIND },
          user,
        )
      : null;
  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">
        Concerns, quotes and notes on statuses, documents (their full text, in their own language), rounds and individual cases.
      </p>
      <div className="mt-4">
        <SearchForm
          raw={params.raw}
          errors={params.state === "invalid" ? params.errors : undefined}
          themes={themes.map((t) => ({ value: String(t.id), label: t.name }))}
          rounds={rounds.map((r) => ({ value: String(r.id), label: r.title }))}
        />
      </div>
      {params.state === "empty" ? (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          Type what to look for: a word from a quote, a person&apos;s name in any spelling, or an article such as “Art. 274”.
        </p>
      ) : params.state === "invalid" ? (
        <p className="mt-4 rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900" role="alert">
          This search cannot run: {Object.values(params.errors).flat().join(" ")}
        </p>
      ) : result && params.state === "ready" ? (
        <>
          <p className="mt-4 text-sm text-slate-800" role="status">
            {plural(result.total, "result")} for “{params.query.text}”
          </p>
          {result.total === 0 && Object.values(result.counts).every((n) => n === 0) ? (
            <p className="mt-2 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              Nothing matches. Try fewer words, a prefix such as journal*, or fewer filters.
            </p>
          ) : (
            <SearchResults result={result} raw={params.raw} kind={params.filters.kind} page={params.page} pageSize={SEARCH_PAGE_SIZE} perKind={SEARCH_PER_KIND} />
          )}
        </>
      ) : null}
    </>
  );
}
