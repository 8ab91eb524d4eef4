import Link from "next/link";
import { EvidenceList } from "@/components/statuses/evidence-list";
import { StatusBadge } from "@/components/statuses/status-badge";
import type { ConcernDetail } from "@/lib/data/concerns";
import { formatDate } from "@/lib/domain/format";

/** Every round at which the concern has a status, oldest first; each entry is a link target (#round-<id>). */
export function ConcernTimeline({ concern, canEdit, foundQuote }: { concern: ConcernDetail; canEdit: boolean; foundQuote?: number }) {
  if (concern.statusAssessments.length === 0) {
    return <p className="text-sm text-slate-600">No status recorded yet.</p>;
  }
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-4" aria-label="Timeline">
      {concern.statusAssessments.map((s) => (
        <li key={s.id} id={`round-${s.round.id}`} className="scroll-mt-20 rounded-md border border-slate-200 bg-white p-3 text-sm target:ring-2 target:ring-blue-700">
          <h3 className="flex flex-wrap items-center gap-2">
            <Link href={`/rounds/${s.round.id}`} className="font-medium underline">{s.round.title}</Link>
            <span className="text-slate-600">{formatDate(s.round.startDate)}</span>
            <StatusBadge status={s.status} />
          </h3>
          <EvidenceList evidence={s.evidence} found={foundQuote} />
          {s.note ? <p className="mt-1 text-slate-800"><span className="font-medium">Note:</span> {s.note}</p> : null}
          <p className="mt-1 text-xs text-slate-600">Recorded by {s.author?.name ?? "unknown"}, last changed {formatDate(s.updatedAt)}</p>
          {canEdit ? <Link href={`/statuses/${s.id}/edit`} className="mt-1 inline-block text-sm underline" aria-label={`Edit the status at ${s.round.title}`}>Edit status</Link> : null}
        </li>
      ))}
    </ol>
  );
}
