import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MergeForm } from "@/components/ui/merge-form";
import { mergeConcerns } from "@/lib/actions/concerns";
import { requirePageUser } from "@/lib/auth/authorized";
import { getConcern, listConcernOptions } from "@/lib/data/concerns";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Merge concern" };

export default async function MergeConcernPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [concern, options] = await Promise.all([getConcern(id).catch(() => notFound()), listConcernOptions(id)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Merge “{concern.title}” into another concern</h1>
      <p className="my-4 max-w-3xl text-sm text-slate-700">
        Use this when two concerns turn out to be the same. Its {concern.statusAssessments.length} statuses move to the concern you keep;
        where both have a status at the same round, the kept concern&apos;s status stays and this one&apos;s is removed (it remains in the history).
        This concern is then marked as merged and hidden from lists.
      </p>
      <MergeForm
        action={mergeConcerns}
        noun="concern"
        basePath="/concerns"
        source={{ id, version: concern.version }}
        targets={options.map((o) => ({ id: o.id, label: `${o.title} (${o.theme.name})`, version: o.version }))}
      />
    </>
  );
}
