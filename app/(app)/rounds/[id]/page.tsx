import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/audit/history-list";
import { RoundCases } from "@/components/cases/round-cases";
import { RoundChangesSection } from "@/components/rounds/round-changes";
import { RoundStatuses } from "@/components/rounds/round-statuses";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { listReadableHistory } from "@/lib/data/audit";
import { listCaseOptions, listCases, listHandedOverLists } from "@/lib/data/cases";
import { getRoundChanges } from "@/lib/data/round-changes";
import { getRoundDetail } from "@/lib/data/rounds";
import { formatDate, formatPartialDate, ROUND_FORMAT_LABELS, ROUND_KIND_LABELS } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Round" };

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  if (!id) notFound();
  const canEdit = hasRole(user.role, "ANALYST");
  const [{ round, documents, themes }, history, changes, cases, lists, caseOptions] = await Promise.all([
    getRoundDetail(id).catch(() => notFound()),
    listReadableHistory("Round", id, user),
    getRoundChanges(id),
    listCases({ roundId: id }, user),
    listHandedOverLists(id, user),
    canEdit ? listCaseOptions(user) : [],
  ]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{round.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {ROUND_KIND_LABELS[round.kind]}{round.number ? ` no. ${round.number}` : ""} · {formatDate(round.startDate)}
            {round.endDate ? ` – ${formatDate(round.endDate)}` : ""}{round.place ? ` · ${round.place}` : ""} · {ROUND_FORMAT_LABELS[round.format]}
          </p>
        </div>
        {canEdit ? (
          <div className="flex gap-2">
            <Link href={`/documents/new?round=${round.id}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Add a document</Link>
            <Link href={`/rounds/${round.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Edit round</Link>
          </div>
        ) : null}
      </div>
      <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
        {round.euDelegationHead ? <div><dt className="font-medium">EU delegation</dt><dd>{round.euDelegationHead}</dd></div> : null}
        {round.kzDelegationHead ? <div><dt className="font-medium">Kazakh delegation</dt><dd>{round.kzDelegationHead}</dd></div> : null}
      </dl>
      {round.summary ? <p className="mt-3 max-w-3xl text-sm text-slate-800">{round.summary}</p> : null}

      <section aria-labelledby="documents-heading" className="mt-8">
        <h2 id="documents-heading" className="text-lg font-semibold">Documents</h2>
        {documents.length === 0 ? <p className="mt-2 text-sm text-slate-600">No document reports on this round yet.</p> : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={`/documents/${d.id}?round=${round.id}`} className="underline">{d.title}</Link> — {d.publisher}, {formatPartialDate(d.publishedOn, d.publishedPrecision)}
                {canEdit ? <> · <Link href={`/documents/${d.id}/record?round=${round.id}`} className="underline" aria-label={`Record statuses from ${d.title}`}>Record statuses from it</Link></> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="statuses-heading" className="mt-8">
        <h2 id="statuses-heading" className="text-lg font-semibold">Statuses recorded at this round</h2>
        <RoundStatuses roundId={round.id} themes={themes} />
      </section>

      <RoundChangesSection roundId={round.id} changes={changes} />

      <section aria-labelledby="cases-heading" className="mt-8">
        <h2 id="cases-heading" className="text-lg font-semibold">Individual cases</h2>
        <RoundCases
          roundId={round.id}
          cases={cases}
          lists={lists}
          edit={canEdit ? { documents: documents.map((d) => ({ value: String(d.id), label: d.title })), cases: caseOptions.map((c) => ({ value: String(c.id), label: c.name })) } : undefined}
        />
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-lg font-semibold">History</h2>
        <div className="mt-2"><HistoryList history={history} /></div>
      </section>
    </>
  );
}
