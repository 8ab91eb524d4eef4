import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MergeForm } from "@/components/ui/merge-form";
import { mergeCases } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { getCase, listCaseOptions } from "@/lib/data/cases";
import { caseLabel } from "@/lib/domain/cases";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Merge case" };

export default async function MergeCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [found, options] = await Promise.all([getCase(id, user), listCaseOptions(user, id)]);
  if (!found) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Merge “{found.name}” into another case</h1>
      <p className="my-4 max-w-3xl text-sm text-slate-700">
        Use this when two cases are the same person. Its situations, rounds, quotes and concerns move to the case you keep, and its name and
        spellings become spellings of that case. This case is then marked as merged and hidden from lists; its history stays.
      </p>
      <MergeForm
        action={mergeCases}
        noun="case"
        basePath="/cases"
        source={{ id, version: found.version }}
        targets={options.map((o) => ({ id: o.id, label: `${o.name} (${caseLabel(o.id)})`, version: o.version }))}
      />
    </>
  );
}
