import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { listDocuments } from "@/lib/data/documents";
import { formatPartialDate, plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage() {
  const user = await requirePageUser();
  const documents = await listDocuments();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Source documents</h1>
        {hasRole(user.role, "ANALYST") ? <Link href="/documents/new" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">Add a document</Link> : null}
      </div>
      {documents.length === 0 ? <p className="mt-6 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">No documents yet.</p> : (
        <ul className="mt-6 space-y-3" aria-label="Documents">
          {documents.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-medium"><Link href={`/documents/${d.id}`} className="hover:underline">{d.title}</Link></h2>
              <p className="mt-1 text-sm text-slate-700">{d.publisher} · {formatPartialDate(d.publishedOn, d.publishedPrecision)} · {d.language}</p>
              <p className="mt-1 text-sm text-slate-600">
                {d.rounds.length ? `Reports on: ${d.rounds.map((r) => r.round.title).join("; ")}` : "Not linked to a round"} · {plural(d._count.evidence, "quote")} used as evidence
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
