import Link from "next/link";
import { Highlighted } from "@/components/search/highlighted";
import type { SearchHit, SearchResult } from "@/lib/data/search";
import { plural } from "@/lib/domain/format";
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKind } from "@/lib/domain/search-kinds";

type Props = { result: SearchResult; raw: Record<string, string>; kind?: SearchKind; page: number; pageSize: number; perKind: number };

const hrefWith = (raw: Record<string, string>, changes: Record<string, string | undefined>) => {
  const params = new URLSearchParams({ ...raw });
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  return `/search?${params}`;
};

function HitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <Link href={hit.href} className="font-medium text-blue-900 underline">
        <Highlighted text={hit.title} />
      </Link>
      {hit.context ? <p className="mt-0.5 text-slate-600">{hit.context}</p> : null}
      {hit.identityHidden ? <p className="mt-1 text-slate-600">Sensitive case: its name and details are not shown to viewers.</p> : null}
      {hit.snippet ? <p className="mt-1 text-slate-900"><Highlighted text={hit.snippet} /></p> : null}
      {hit.secondSnippet ? <p className="mt-1 text-slate-700"><span className="font-medium">Translation:</span> <Highlighted text={hit.secondSnippet} /></p> : null}
    </li>
  );
}

/** Hits grouped by kind with counts: the best few of each kind, or every hit of one kind a page at a time. */
export function SearchResults({ result, raw, kind, page, pageSize, perKind }: Props) {
  const kinds = SEARCH_KINDS.filter((k) => result.counts[k] !== undefined);
  const left = SEARCH_KINDS.filter((k) => result.counts[k] === undefined);
  return (
    <>
      <nav aria-label="Kinds of record" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={hrefWith(raw, { kind: undefined, page: undefined })} aria-current={kind ? undefined : "page"} className={`inline-block rounded-full border px-3 py-1 ${kind ? "border-slate-300 bg-white" : "border-blue-800 bg-blue-800 text-white"}`}>
              All ({Object.values(result.counts).reduce((a, b) => a + b, 0)})
            </Link>
          </li>
          {kinds.map((k) => (
            <li key={k}>
              <Link href={hrefWith(raw, { kind: k, page: undefined })} aria-current={kind === k ? "page" : undefined} className={`inline-block rounded-full border px-3 py-1 ${kind === k ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white"}`}>
                {SEARCH_KIND_LABELS[k].many} ({result.counts[k]})
              </Link>
            </li>
          ))}
        </ul>
        {left.length ? <p className="mt-2 text-sm text-slate-600">The filters leave out {left.map((k) => SEARCH_KIND_LABELS[k].many.toLowerCase()).join(", ")}: they do not apply to them.</p> : null}
      </nav>
      {kind ? <KindPage result={result} raw={raw} kind={kind} page={page} pageSize={pageSize} /> : (
        kinds.filter((k) => result.counts[k]! > 0).map((k) => {
          const hits = result.hits.filter((h) => h.kind === k);
          const count = result.counts[k]!;
          return (
            <section key={k} aria-labelledby={`hits-${k}`} className="mt-6">
              <h2 id={`hits-${k}`} className="text-lg font-semibold">{SEARCH_KIND_LABELS[k].many} ({count})</h2>
              <ul className="mt-2 space-y-2">{hits.map((hit) => <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} />)}</ul>
              {count > perKind ? (
                <p className="mt-2 text-sm"><Link href={hrefWith(raw, { kind: k, page: undefined })} className="underline">Show all {plural(count, SEARCH_KIND_LABELS[k].one)}</Link></p>
              ) : null}
            </section>
          );
        })
      )}
    </>
  );
}

function KindPage({ result, raw, kind, page, pageSize }: { result: SearchResult; raw: Record<string, string>; kind: SearchKind; page: number; pageSize: number }) {
  const count = result.counts[kind] ?? 0;
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <section aria-labelledby="hits-kind" className="mt-6">
      <h2 id="hits-kind" className="text-lg font-semibold">{SEARCH_KIND_LABELS[kind].many} ({count})</h2>
      {result.hits.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{count === 0 ? `No ${SEARCH_KIND_LABELS[kind].one} matches.` : `Page ${page} is past the last page (${pages}).`}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">Showing {first}–{first + result.hits.length - 1} of {count}</p>
          <ul className="mt-2 space-y-2">{result.hits.map((hit) => <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} />)}</ul>
        </>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={hrefWith(raw, { page: String(page - 1) })} className="underline" rel="prev">Previous page</Link> : null}
          <span>Page {Math.min(page, pages)} of {pages}</span>
          {page < pages ? <Link href={hrefWith(raw, { page: String(page + 1) })} className="underline" rel="next">Next page</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
