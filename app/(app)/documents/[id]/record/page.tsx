import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordingWorkspace } from "@/components/workspace/recording-workspace";
import { requirePageUser } from "@/lib/auth/authorized";
import { listCaseOptions } from "@/lib/data/cases";
import { getDocument } from "@/lib/data/documents";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { getWorkspace } from "@/lib/data/workspace";
import { isoDay } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Record from a document" };

/** The recording workspace: one document, one of the rounds it reports on. */
export default async function RecordPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ round?: string }> }) {
  const user = await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const doc = await getDocument(id).catch(() => notFound());
  const requested = parseId((await searchParams).round);
  const round = doc.rounds.find((r) => r.round.id === requested)?.round ?? doc.rounds[0]?.round;
  if (!round) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{doc.title}</h1>
        <p className="mt-2 text-sm text-slate-700">This document reports on no round yet. <Link href={`/documents/${doc.id}/edit`} className="underline">Edit the document</Link> to tick the round it is about, then record from it.</p>
      </>
    );
  }
  const [workspace, themes, cases] = await Promise.all([getWorkspace(round), listThemesWithConcernCounts(), listCaseOptions(user)]);
  return (
    <>
      <div className="mb-4">
        <h1 className="text-2xl font-semibold">Record: {doc.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          For <Link href={`/rounds/${round.id}`} className="underline">{round.title}</Link>
          {workspace.previousRound ? <> · compared with <Link href={`/rounds/${workspace.previousRound.id}`} className="underline">{workspace.previousRound.title}</Link></> : " · the first round of its kind"}
          {" · "}<Link href={`/documents/${doc.id}?round=${round.id}`} className="underline">Back to the document</Link>
        </p>
        {doc.rounds.length > 1 ? (
          <nav aria-label="Round to record" className="mt-1 text-sm">
            This document also reports on:{" "}
            {doc.rounds.filter((r) => r.round.id !== round.id).map((r, i) => (
              <span key={r.round.id}>{i ? " · " : ""}<Link href={`/documents/${doc.id}/record?round=${r.round.id}`} className="underline">{r.round.title}</Link></span>
            ))}
          </nav>
        ) : null}
      </div>
      <RecordingWorkspace
        document={{ id: doc.id, title: doc.title, text: doc.text, language: doc.language }}
        round={{ id: round.id, title: round.title, startDate: isoDay(round.startDate) }}
        previousRound={workspace.previousRound}
        concerns={workspace.concerns}
        usedQuotes={doc.evidence.filter((e) => e.status.round.id === round.id).map((e) => e.quote)}
        themes={themes.map((t) => ({ value: String(t.id), label: t.name }))}
        cases={cases}
      />
    </>
  );
}
