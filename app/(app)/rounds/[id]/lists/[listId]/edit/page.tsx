import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { handedOverListFields } from "@/components/cases/case-fields";
import { ActionForm } from "@/components/ui/action-form";
import { updateHandedOverList } from "@/lib/actions/handed-over-lists";
import { requirePageUser } from "@/lib/auth/authorized";
import { getHandedOverList, listCaseOptions } from "@/lib/data/cases";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit a list handed over" };

export default async function EditHandedOverListPage({ params }: { params: Promise<{ id: string; listId: string }> }) {
  const user = await requirePageUser("ANALYST");
  const { id: rawRoundId, listId } = await params;
  const roundId = parseId(rawRoundId);
  const id = parseId(listId);
  if (!roundId || !id) notFound();
  const [list, cases] = await Promise.all([getHandedOverList(id), listCaseOptions(user)]);
  if (!list || list.roundId !== roundId) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Edit a list of cases handed over</h1>
      <p className="mb-4 mt-1 text-sm text-slate-700">At <Link href={`/rounds/${roundId}`} className="underline">{list.roundTitle}</Link></p>
      <ActionForm
        action={updateHandedOverList}
        fields={handedOverListFields(
          list.documents.map((d) => ({ value: String(d.id), label: d.title })),
          cases.map((c) => ({ value: String(c.id), label: c.name })),
        )}
        initial={{
          size: list.size ? String(list.size) : "", documentId: String(list.documentId), quote: list.quote, translation: list.translation,
          caseIds: list.caseIds.map(String),
        }}
        hidden={{ id: String(id), version: String(list.version) }}
        submitLabel="Save list"
        successHref={`/rounds/${roundId}`}
      />
    </>
  );
}
