import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { concernFields } from "@/components/concerns/concern-fields";
import { ActionForm } from "@/components/ui/action-form";
import { updateConcern } from "@/lib/actions/concerns";
import { requirePageUser } from "@/lib/auth/authorized";
import { getConcern } from "@/lib/data/concerns";
import { listRoundOptions } from "@/lib/data/rounds";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit concern" };

export default async function EditConcernPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [concern, themes, rounds] = await Promise.all([getConcern(id).catch(() => notFound()), listThemesWithConcernCounts(), listRoundOptions()]);
  const fields = concernFields(themes.map((t) => ({ value: String(t.id), label: t.name })), rounds.map((r) => ({ value: String(r.id), label: r.title })));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Edit concern</h1>
      <ActionForm
        action={updateConcern}
        fields={fields}
        initial={{ title: concern.title, themeId: String(concern.themeId), firstRaisedRoundId: concern.firstRaisedRoundId?.toString() ?? "", description: concern.description, legalReferences: concern.legalReferences.join("\n") }}
        hidden={{ id: String(id), version: String(concern.version) }}
        submitLabel="Save concern"
        successHref="/concerns/:id"
      />
    </>
  );
}
