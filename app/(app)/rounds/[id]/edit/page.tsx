import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roundInitialValues, ROUND_FIELDS } from "@/components/rounds/round-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { deleteRound, updateRound } from "@/lib/actions/rounds";
import { requirePageUser } from "@/lib/auth/authorized";
import { getRoundForEdit } from "@/lib/data/rounds";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit round" };

export default async function EditRoundPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const round = await getRoundForEdit(id).catch(() => notFound());
  const { statusAssessments, documents, cases } = round._count;
  const inUse = statusAssessments + documents + cases > 0;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Edit round</h1>
      <ActionForm action={updateRound} fields={ROUND_FIELDS} initial={roundInitialValues(round)} hidden={{ id: String(id), version: String(round.version) }} submitLabel="Save round" successHref="/rounds/:id" />
      <section aria-labelledby="delete-heading" className="mt-8 rounded-lg border border-red-200 bg-white p-6">
        <h2 id="delete-heading" className="font-semibold">Delete this round</h2>
        {inUse ? (
          <p className="mt-1 text-sm text-slate-700">
            This round cannot be deleted while {statusAssessments} statuses, {documents} documents and {cases} individual cases refer to it.
          </p>
        ) : (
          <div className="mt-2"><DeleteForm action={deleteRound} id={id} version={round.version} label="Delete round" afterHref="/rounds" /></div>
        )}
      </section>
    </>
  );
}
