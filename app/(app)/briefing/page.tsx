import type { Metadata } from "next";
import { BriefingForm } from "@/components/briefing/briefing-form";
import { requirePageUser } from "@/lib/auth/authorized";
import { listBriefingOptions } from "@/lib/data/briefing";
import { formatDay } from "@/lib/domain/dashboard";

export const metadata: Metadata = { title: "Briefing" };

export default async function BriefingPage() {
  await requirePageUser("VIEWER");
  const { themes, rounds, latest } = await listBriefingOptions();
  return (
    <>
      <h1 className="text-2xl font-semibold">Briefing for a dialogue round</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        A document to hand over before a round: what the EU raised last time, what changed there, what has stayed open longest and what to raise again,
        then each open concern with its history, the latest quotes with their sources, and notes; the individual cases; and the sources cited. As a
        Word file to edit, or as a PDF.
      </p>
      <BriefingForm
        themes={themes.map((t) => ({ slug: t.slug, name: t.name }))}
        rounds={rounds.map((r) => ({ id: r.id, title: r.title, day: formatDay(r.startDate) }))}
        latest={latest ? { title: latest.title, day: formatDay(latest.startDate) } : null}
      />
    </>
  );
}
