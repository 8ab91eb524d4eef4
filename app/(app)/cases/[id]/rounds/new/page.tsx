import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { caseRoundFields } from "@/components/cases/case-fields";
import { ActionForm } from "@/components/ui/action-form";
import { addCaseRound } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { getCase } from "@/lib/data/cases";
import { listDocumentOptions } from "@/lib/data/documents";
import { listRoundOptions } from "@/lib/data/rounds";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Record a round raised" };

export default async function NewCaseRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [found, rounds, documents] = await Promise.all([getCase(id, user), listRoundOptions(), listDocumentOptions()]);
  if (!found) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Record a round at which the EU raised {found.name}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">At a round already recorded, the quote is added as another source.</p>
      <ActionForm
        action={addCaseRound}
        fields={caseRoundFields(rounds.map((r) => ({ value: String(r.id), label: r.title })), documents.map((d) => ({ value: String(d.id), label: d.title })))}
        initial={{}}
        hidden={{ caseId: String(id), version: String(found.version) }}
        submitLabel="Save round"
        successHref={`/cases/${id}`}
      />
    </>
  );
}
