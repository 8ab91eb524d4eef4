import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentText } from "@/components/documents/document-text";
import { LogPassagePanel } from "@/components/documents/log-passage-panel";
import { NotRaisedPanel } from "@/components/statuses/not-raised-panel";
import { StatusBadge } from "@/components/statuses/status-badge";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { getDocument } from "@/lib/data/documents";
import { listConcernsWithoutStatus } from "@/lib/data/not-raised";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { formatDate } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ round?: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  if (!id) notFound();
  const doc = await getDocument(id).catch(() => notFound());
  const requested = parseId((await searchParams).round);
  const round = doc.rounds.find((r) => r.round.id === requested)?.round ?? doc.rounds[0]?.round;
  const canLog = hasRole(user.role, "ANALYST") && round !== undefined;
  const [groups, themes] = canLog ? await Promise.all([listConcernsWithoutStatus(round), listThemesWithConcernCounts()]) : [[], []];

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{doc.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {doc.publisher} · {formatDate(doc.publishedOn)} · {doc.language}
            {doc.url ? <> · <a href={doc.url} className="underline" rel="noopener noreferrer" target="_blank">Original</a></> : null}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            Reports on: {doc.rounds.length ? doc.rounds.map((r, i) => <span key={r.round.id}>{i ? "; " : ""}<Link href={`/rounds/${r.round.id}`} className="underline">{r.round.title}</Link></span>) : "no round yet"}
          </p>
        </div>
        {hasRole(user.role, "ANALYST") ? <Link href={`/documents/${doc.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Edit document</Link> : null}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-labelledby="text-heading">
            <h2 id="text-heading" className="mb-2 text-lg font-semibold">Text</h2>
            <DocumentText text={doc.text} evidence={doc.evidence} />
          </section>
          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading" className="text-lg font-semibold">Quotes used as evidence</h2>
            {doc.evidence.length === 0 ? <p className="mt-2 text-sm text-slate-600">No quote from this document is used yet.</p> : (
              <ul className="mt-2 space-y-2" aria-label="Quotes used as evidence">
                {doc.evidence.map(({ id, quote, translation, status: s }) => (
                  <li key={id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <StatusBadge status={s.status} />
                      <Link href={`/concerns/${s.concern.id}#round-${s.round.id}`} className="font-medium underline">{s.concern.title}</Link>
                      <span className="text-slate-600">· {s.round.title}</span>
                    </div>
                    <blockquote lang={doc.language} className="mt-1 text-slate-800">“{quote}”</blockquote>
                    {translation ? <p className="mt-1 text-slate-700"><span className="font-medium">Translation:</span> {translation}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        {canLog ? (
          <aside className="space-y-6" aria-label="Log this round">
            {doc.rounds.length > 1 ? (
              <nav aria-label="Round to log" className="text-sm">
                Logging for:{" "}
                {doc.rounds.map((r, i) => (
                  <span key={r.round.id}>{i ? " · " : ""}<Link href={`/documents/${doc.id}?round=${r.round.id}`} aria-current={r.round.id === round.id ? "page" : undefined} className={r.round.id === round.id ? "font-semibold" : "underline"}>{r.round.title}</Link></span>
                ))}
              </nav>
            ) : <p className="text-sm">Logging for: <span className="font-semibold">{round.title}</span></p>}
            <LogPassagePanel roundId={round.id} documentId={doc.id} themes={themes.map((t) => ({ value: String(t.id), label: t.name }))} />
            <NotRaisedPanel roundId={round.id} roundTitle={round.title} groups={groups} />
          </aside>
        ) : hasRole(user.role, "ANALYST") ? (
          <p className="text-sm text-slate-700">Link this document to a round (Edit document) to log statuses from it.</p>
        ) : null}
      </div>
    </>
  );
}
