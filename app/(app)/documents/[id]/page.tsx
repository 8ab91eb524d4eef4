import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentText } from "@/components/documents/document-text";
import { StatusBadge } from "@/components/statuses/status-badge";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { getDocument } from "@/lib/data/documents";
import { formatPartialDate } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  // A search hit's passage (?passage=…): marked in the text when it occurs there, ignored otherwise.
  const passage = (await searchParams).passage;
  if (!id) notFound();
  const doc = await getDocument(id).catch(() => notFound());
  const canLog = hasRole(user.role, "ANALYST") && doc.rounds.length > 0;

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{doc.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {doc.publisher} · {formatPartialDate(doc.publishedOn, doc.publishedPrecision)} · {doc.language}
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
            <DocumentText text={doc.text} evidence={doc.evidence} passage={typeof passage === "string" ? passage.slice(0, 2000) : undefined} />
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
          <aside className="space-y-3" aria-label="Record statuses">
            {doc.rounds.map((r) => (
              <Link
                key={r.round.id}
                href={`/documents/${doc.id}/record?round=${r.round.id}`}
                className="block rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              >
                Record statuses from this text for {r.round.title}
              </Link>
            ))}
            <p className="text-sm text-slate-700">The workspace shows the text beside every concern: select a passage, check the suggested concern and status, save.</p>
          </aside>
        ) : hasRole(user.role, "ANALYST") ? (
          <p className="text-sm text-slate-700">Link this document to a round (Edit document) to log statuses from it.</p>
        ) : null}
      </div>
    </>
  );
}
