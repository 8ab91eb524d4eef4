import type { Metadata } from "next";
import { caseFields } from "@/components/cases/case-fields";
import { ActionForm } from "@/components/ui/action-form";
import { createCase } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  await requirePageUser("ANALYST");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New individual case</h1>
      <ActionForm action={createCase} fields={caseFields()} initial={{}} submitLabel="Create case" successHref="/cases/:id" />
    </>
  );
}
