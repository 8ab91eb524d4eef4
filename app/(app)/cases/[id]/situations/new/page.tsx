import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { situationFields } from "@/components/cases/case-fields";
import { ActionForm } from "@/components/ui/action-form";
import { addSituation } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { getCase } from "@/lib/data/cases";
import { listDocumentOptions } from "@/lib/data/documents";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Record a situation" };

export default async function NewSituationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [found, documents] = await Promise.all([getCase(id, user), listDocumentOptions()]);
  if (!found) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Record a situation of {found.name}</h1>
      <ActionForm
        action={addSituation}
        fields={situationFields(documents.map((d) => ({ value: String(d.id), label: d.title })))}
        initial={{}}
        hidden={{ caseId: String(id), version: String(found.version) }}
        submitLabel="Save situation"
        successHref={`/cases/${id}`}
      />
    </>
  );
}
