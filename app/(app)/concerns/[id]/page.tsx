import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/audit/history-list";
import { ConcernAliases } from "@/components/concerns/concern-aliases";
import { ConcernTimeline } from "@/components/concerns/concern-timeline";
import { StatusStrip } from "@/components/dashboard/status-strip";
import { StatusBadge } from "@/components/statuses/status-badge";
import { SituationBadge } from "@/components/cases/situation-badge";
import { DeleteSection } from "@/components/ui/delete-section";
import { deleteConcern } from "@/lib/actions/concerns";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { listAliases } from "@/lib/data/aliases";
import { listReadableHistory } from "@/lib/data/audit";
import { listCasesForConcern } from "@/lib/data/cases";
import { getConcern } from "@/lib/data/concerns";
import { getConcernStatusStrip } from "@/lib/data/dashboard";
import { parseId } from "@/lib/domain/params";
import { formatPartialDate, plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Concern" };

export default async function ConcernPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const quote = (await searchParams).quote;
  // The quote a search hit opened (?quote=<evidence id>#round-<id>).
  const foundQuote = (typeof quote === "string" ? parseId(quote) : null) ?? undefined;
  if (!id) notFound();
  const [concern, history, strip, aliases, cases] = await Promise.all([
    getConcern(id).catch(() => notFound()),
    listReadableHistory("Concern", id, user),
    getConcernStatusStrip(id),
    listAliases(id),
    listCasesForConcern(id, user),
  ]);
  const canEdit = hasRole(user.role, "ANALYST") && !concern.mergedInto;
  const statusCount = concern.statusAssessments.length;
  return (
    <>
      {concern.mergedInto ? (
        <p className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm" role="note">
          This concern was merged into <Link href={`/concerns/${concern.mergedInto.id}`} className="font-medium underline">{concern.mergedInto.title}</Link>; its statuses are there now.
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{concern.title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {concern.theme.name} · First raised: {concern.firstRaisedRound ? <Link href={`/rounds/${concern.firstRaisedRound.id}`} className="underline">{concern.firstRaisedRound.title}</Link> : "not known"}
          </p>
          <p className="mt-2 flex items-center gap-2 text-sm">Current status: <StatusBadge status={concern.currentStatus} /></p>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/concerns/${id}/statuses/new`} className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">Record a status</Link>
            <Link href={`/concerns/${id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Edit concern</Link>
            <Link href={`/concerns/${id}/merge`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Merge into another</Link>
          </div>
        ) : null}
      </div>
      {concern.description ? <p className="mt-3 max-w-3xl text-sm text-slate-800">{concern.description}</p> : null}
      {concern.legalReferences.length ? <p className="mt-2 text-sm"><span className="font-medium">Legal references:</span> {concern.legalReferences.join("; ")}</p> : null}
      {concern.mergedFrom.length ? (
        <p className="mt-2 text-sm text-slate-700">Merged into this: {concern.mergedFrom.map((m, i) => <span key={m.id}>{i ? ", " : ""}<Link href={`/concerns/${m.id}`} className="underline">{m.title}</Link></span>)}</p>
      ) : null}

      <section aria-labelledby="aliases-heading" className="mt-8">
        <h2 id="aliases-heading" className="text-lg font-semibold">Aliases</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">Search terms in any language or script. Suggestions use them to find this concern from a passage.</p>
        <div className="mt-3"><ConcernAliases concernId={id} aliases={aliases} canEdit={canEdit} /></div>
      </section>

      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="text-lg font-semibold">Timeline across rounds</h2>
        <div className="mt-3">
          <StatusStrip marks={strip} concernTitle={concern.title} />
        </div>
        <div className="mt-3"><ConcernTimeline concern={concern} canEdit={canEdit} foundQuote={foundQuote} /></div>
      </section>

      <section aria-labelledby="cases-heading" className="mt-8">
        <h2 id="cases-heading" className="text-lg font-semibold">Individual cases</h2>
        {cases.length === 0 ? <p className="mt-2 text-sm text-slate-700">No individual case is linked to this concern.</p> : (
          <ul className="mt-2 space-y-1 text-sm">
            {cases.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/cases/${c.id}`} className="underline">{c.name}</Link>
                <SituationBadge situation={c.current?.situation ?? null} />
                {c.current ? <span className="text-slate-700">as of {formatPartialDate(c.current.asOf, c.current.asOfPrecision)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-lg font-semibold">History</h2>
        <div className="mt-2"><HistoryList history={history} /></div>
      </section>

      {canEdit ? (
        <DeleteSection
          noun="concern"
          blocked={concern.mergedFrom.length > 0}
          action={deleteConcern}
          id={id}
          version={concern.version}
          afterHref="/concerns"
          statement={statusCount ? `I understand that its ${plural(statusCount, "recorded status", "recorded statuses")} (${concern.statusAssessments.map((s) => s.round.title).join("; ")}) are deleted with it.` : "I understand that this concern is deleted. It has no recorded statuses."}
        />
      ) : null}
    </>
  );
}
