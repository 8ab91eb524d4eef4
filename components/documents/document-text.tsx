import Link from "next/link";
import { highlightQuotes } from "@/lib/domain/highlight";
import { STATUS_INFO } from "@/lib/domain/status";
import type { DocumentDetail } from "@/lib/data/documents";

type Evidence = DocumentDetail["evidence"][number];

/** The document text with every quote used as evidence highlighted and linked to its concern. */
export function DocumentText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  const segments = highlightQuotes(text, evidence);
  const anchored = new Set<number>();
  return (
    <div id="document-text" className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed text-slate-900" data-testid="document-text">
      {segments.map((segment, index) => {
        const first = segment.marks[0];
        if (!first) return <span key={index}>{segment.text}</span>;
        const anchor = anchored.has(first.id) ? undefined : `evidence-${first.id}`;
        anchored.add(first.id);
        const label = segment.marks.map(({ status: m }) => `${m.concern.title} (${STATUS_INFO[m.status].label}, ${m.round.title})`).join("; ");
        return (
          <mark key={index} id={anchor} className="rounded bg-yellow-200 px-0.5">
            <Link href={`/concerns/${first.status.concern.id}#round-${first.status.round.id}`} title={label} className="text-inherit no-underline hover:underline focus-visible:outline-2 focus-visible:outline-blue-700">
              {segment.text}
            </Link>
          </mark>
        );
      })}
    </div>
  );
}
