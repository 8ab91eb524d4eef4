import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { caseFields } from "@/components/cases/case-fields";
import { ActionForm } from "@/components/ui/action-form";
import { updateCase } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { getCase } from "@/lib/data/cases";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const found = await getCase(id, user);
  if (!found) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Edit case</h1>
      <ActionForm
        action={updateCase}
        fields={caseFields()}
        initial={{ personName: found.personName, spellings: found.spellings.join("\n"), summary: found.summary, sensitive: found.sensitive ? ["yes"] : [] }}
        hidden={{ id: String(id), version: String(found.version) }}
        submitLabel="Save case"
        successHref="/cases/:id"
      />
    </>
  );
}
