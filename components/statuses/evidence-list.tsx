import Link from "next/link";
import type { EvidenceItem } from "@/lib/data/evidence";
import { languageName } from "@/lib/domain/format";

/** A language code as a small tag with the language's name for screen readers and on hover. */
export function LanguageTag({ code }: { code: string }) {
  return (
    <abbr title={languageName(code)} className="rounded border border-slate-300 px-1 text-xs font-medium uppercase text-slate-700 no-underline">
      {code}
    </abbr>
  );
}

/** Every piece of evidence of a status: the quote in its language, the analyst's translation, the source; `found` marks the quote a search hit opened. */
export function EvidenceList({ evidence, emptyText = "Not mentioned at this round.", found }: { evidence: EvidenceItem[]; emptyText?: string; found?: number }) {
  if (evidence.length === 0) return <p className="mt-2 text-slate-600">{emptyText}</p>;
  return (
    <ul className="mt-2 space-y-2" aria-label={evidence.length === 1 ? "Evidence" : `Evidence, ${evidence.length} sources`}>
      {evidence.map((piece) => (
        <li key={piece.id} aria-current={piece.id === found ? "true" : undefined} className={piece.id === found ? "rounded bg-blue-50 outline outline-2 outline-blue-700" : undefined}>
          {piece.id === found ? <p className="px-3 pt-1 text-xs font-medium text-blue-900">Found by your search</p> : null}
          <blockquote lang={piece.document.language} className="border-l-4 border-slate-300 pl-3 text-slate-900">“{piece.quote}”</blockquote>
          {piece.translation ? (
            <p className="mt-1 pl-4 text-slate-700"><span className="font-medium">Translation:</span> {piece.translation}</p>
          ) : null}
          <p className="mt-1 pl-4 text-slate-700">
            Source: <Link href={`/documents/${piece.document.id}#evidence-${piece.id}`} className="underline">{piece.document.title}</Link>{" "}
            <LanguageTag code={piece.document.language} />
          </p>
        </li>
      ))}
    </ul>
  );
}
