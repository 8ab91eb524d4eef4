import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { documentFields } from "@/components/documents/document-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { deleteDocument, updateDocument } from "@/lib/actions/documents";
import { requirePageUser } from "@/lib/auth/authorized";
import { getDocument } from "@/lib/data/documents";
import { listRoundOptions } from "@/lib/data/rounds";
import { partialDateInput } from "@/lib/domain/dates";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit document" };

export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [doc, rounds] = await Promise.all([getDocument(id).catch(() => notFound()), listRoundOptions()]);
  const cited = doc.evidence.length;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Edit document</h1>
      {cited ? <p className="mb-4 text-sm text-slate-700">{cited} quotes in this text are used as evidence. A text change that removes any of them is refused.</p> : null}
      <ActionForm
        action={updateDocument}
        fields={documentFields(rounds.map((r) => ({ value: String(r.id), label: r.title })))}
        initial={{ title: doc.title, publisher: doc.publisher, url: doc.url ?? "", publishedOn: partialDateInput(doc.publishedOn, doc.publishedPrecision), language: doc.language, text: doc.text, roundIds: doc.rounds.map((r) => String(r.round.id)) }}
        hidden={{ id: String(id), version: String(doc.version) }}
        submitLabel="Save document"
        successHref="/documents/:id"
      />
      <section aria-labelledby="delete-heading" className="mt-8 rounded-lg border border-red-200 bg-white p-6">
        <h2 id="delete-heading" className="font-semibold">Delete this document</h2>
        {cited ? (
          <p className="mt-1 text-sm text-slate-700">This document cannot be deleted while {cited} statuses cite it as evidence.</p>
        ) : (
          <div className="mt-2"><DeleteForm action={deleteDocument} id={id} version={doc.version} label="Delete document" afterHref="/documents" /></div>
        )}
      </section>
    </>
  );
}
