import Link from "next/link";
import { highlightQuotes } from "@/lib/domain/highlight";
import { STATUS_INFO } from "@/lib/domain/status";
import type { DocumentDetail } from "@/lib/data/documents";

type Evidence = DocumentDetail["evidence"][number];
/** The passage a search hit points at (?passage=…), marked and scrolled to (#passage). */
type Passage = { passage: true; quote: string };
const isPassage = (mark: Evidence | Passage): mark is Passage => "passage" in mark;

/** The document text with every quote used as evidence highlighted and linked to its concern, and the searched passage, if any. */
export function DocumentText({ text, evidence, passage }: { text: string; evidence: Evidence[]; passage?: string }) {
  const segments = highlightQuotes<Evidence | Passage>(text, passage ? [...evidence, { passage: true, quote: passage }] : evidence);
  const anchored = new Set<number>();
  const firstPassage = segments.findIndex((segment) => segment.marks.some(isPassage));
  return (
    <div id="document-text" className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed text-slate-900" data-testid="document-text">
      {segments.map((segment, index) => {
        const quotes = segment.marks.filter((m): m is Evidence => !isPassage(m));
        const first = quotes[0];
        let content;
        if (!first) content = <span key={index}>{segment.text}</span>;
        else {
          const anchor = anchored.has(first.id) ? undefined : `evidence-${first.id}`;
          anchored.add(first.id);
          const label = quotes.map(({ status: m }) => `${m.concern.title} (${STATUS_INFO[m.status].label}, ${m.round.title})`).join("; ");
          content = (
            <mark key={index} id={anchor} className="rounded bg-yellow-200 px-0.5">
              <Link href={`/concerns/${first.status.concern.id}#round-${first.status.round.id}`} title={label} className="text-inherit no-underline hover:underline focus-visible:outline-2 focus-visible:outline-blue-700">
                {segment.text}
              </Link>
            </mark>
          );
        }
        if (!segment.marks.some(isPassage)) return content;
        return (
          <mark key={index} id={index === firstPassage ? "passage" : undefined} data-testid="search-passage" className="scroll-mt-20 bg-blue-100 text-inherit outline outline-2 outline-blue-700">
            {content}
          </mark>
        );
      })}
    </div>
  );
}
