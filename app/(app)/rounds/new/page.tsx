import type { Metadata } from "next";
import { roundInitialValues, ROUND_FIELDS } from "@/components/rounds/round-fields";
import { ActionForm } from "@/components/ui/action-form";
import { createRound } from "@/lib/actions/rounds";
import { requirePageUser } from "@/lib/auth/authorized";

export const metadata: Metadata = { title: "New round" };

export default async function NewRoundPage() {
  await requirePageUser("ANALYST");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New round</h1>
      <ActionForm action={createRound} fields={ROUND_FIELDS} initial={roundInitialValues()} submitLabel="Create round" successHref="/rounds/:id" />
    </>
  );
}
