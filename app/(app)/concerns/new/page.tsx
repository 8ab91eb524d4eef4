import type { Metadata } from "next";
import { concernFields } from "@/components/concerns/concern-fields";
import { ActionForm } from "@/components/ui/action-form";
import { createConcern } from "@/lib/actions/concerns";
import { requirePageUser } from "@/lib/auth/authorized";
import { listRoundOptions } from "@/lib/data/rounds";
import { listThemesWithConcernCounts } from "@/lib/data/themes";

export const metadata: Metadata = { title: "New concern" };

export default async function NewConcernPage() {
  await requirePageUser("ANALYST");
  const [themes, rounds] = await Promise.all([listThemesWithConcernCounts(), listRoundOptions()]);
  const fields = concernFields(themes.map((t) => ({ value: String(t.id), label: t.name })), rounds.map((r) => ({ value: String(r.id), label: r.title })));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New concern</h1>
      <ActionForm action={createConcern} fields={fields} initial={{}} submitLabel="Create concern" successHref="/concerns/:id" />
    </>
  );
}
