import type { Metadata } from "next";
import { documentFields } from "@/components/documents/document-fields";
import { ActionForm } from "@/components/ui/action-form";
import { createDocument } from "@/lib/actions/documents";
import { requirePageUser } from "@/lib/auth/authorized";
import { listRoundOptions } from "@/lib/data/rounds";

export const metadata: Metadata = { title: "Add a document" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<{ round?: string }> }) {
  await requirePageUser("ANALYST");
  const [{ round }, rounds] = await Promise.all([searchParams, listRoundOptions()]);
  const options = rounds.map((r) => ({ value: String(r.id), label: r.title }));
  const preselected = options.some((o) => o.value === round) ? [round!] : [];
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add a document</h1>
      <ActionForm action={createDocument} fields={documentFields(options)} initial={{ language: "en", roundIds: preselected }} submitLabel="Add document" successHref="/documents/:id" />
    </>
  );
}
