import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/audit/history-list";
import { CaseChangeButton } from "@/components/cases/case-change-button";
import { LinkConcernForm } from "@/components/cases/link-concern-form";
import { SituationBadge } from "@/components/cases/situation-badge";
import { EvidenceList } from "@/components/statuses/evidence-list";
import { DeleteSection } from "@/components/ui/delete-section";
import { deleteCase, removeCaseRound, removeSituation, unlinkConcern } from "@/lib/actions/cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { getCase, getCaseHistory } from "@/lib/data/cases";
import { listConcernOptions } from "@/lib/data/concerns";
import { caseLabel, CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import { formatDate, formatPartialDate, plural } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Individual case" };

const WITHHELD = "Withheld: this case is sensitive.";

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  if (!id) notFound();
  const [found, history] = await Promise.all([getCase(id, user), getCaseHistory(id, user)]);
  if (!found) notFound();
  const c = found;
  const canEdit = hasRole(user.role, "ANALYST") && !c.mergedInto;
  const linked = new Set(c.concerns.map((l) => l.concern.id));
  const concernOptions = canEdit ? (await listConcernOptions()).filter((o) => !linked.has(o.id)) : [];
  const change = { caseId: id, version: c.version };
  return (
    <>
      {c.mergedInto ? (
        <p className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm" role="note">
          This case was merged into <Link href={`/cases/${c.mergedInto.id}`} className="font-medium underline">{caseLabel(c.mergedInto.id)}</Link>; its situations and rounds are there now.
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{c.name}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {caseLabel(c.id)}
            {c.sensitive ? <> · <span className="font-medium text-amber-900">Sensitive</span>{c.identityHidden ? ": name and identifying details are withheld" : ": viewers see only its label"}</> : null}
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            Current situation: <SituationBadge situation={c.current?.situation ?? null} />
            {c.current ? <span>as of {formatPartialDate(c.current.asOf, c.current.asOfPrecision)}</span> : null}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {c.rounds.length ? `Raised at ${plural(c.rounds.length, "round")}; ${plural(c.roundsSinceFirstRaised ?? 0, "round")} since first raised.` : "No round recorded at which the EU raised it."}
            {c.roundsSinceChange !== null ? ` ${plural(c.roundsSinceChange, "round")} since the situation last changed.` : ""}
          </p>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/cases/${id}/situations/new`} className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">Record a situation</Link>
            <Link href={`/cases/${id}/rounds/new`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Record a round raised</Link>
            <Link href={`/cases/${id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Edit case</Link>
            <Link href={`/cases/${id}/merge`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Merge into another</Link>
          </div>
        ) : null}
      </div>
      {c.identityHidden ? (
        <p className="mt-3 text-sm text-slate-700">{WITHHELD} Analysts see the name, summary and quotes.</p>
      ) : (
        <>
          {c.summary ? <p className="mt-3 max-w-3xl text-sm text-slate-800">{c.summary}</p> : null}
          {c.spellings.length ? <p className="mt-2 text-sm"><span className="font-medium">Other spellings:</span> {c.spellings.join("; ")}</p> : null}
        </>
      )}
      {c.mergedFrom.length ? (
        <p className="mt-2 text-sm text-slate-700">Merged into this: {c.mergedFrom.map((m, i) => <span key={m.id}>{i ? ", " : ""}<Link href={`/cases/${m.id}`} className="underline">{caseLabel(m.id)}</Link></span>)}</p>
      ) : null}

      <section aria-labelledby="situations-heading" className="mt-8">
        <h2 id="situations-heading" className="text-lg font-semibold">Situation over time</h2>
        {c.situations.length === 0 ? <p className="mt-2 text-sm text-slate-700">No situation recorded yet.</p> : (
          <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-4 text-sm">
            {c.situations.map((s) => {
              const when = formatPartialDate(s.asOf, s.asOfPrecision);
              return (
                <li key={s.id}>
                  <p className="flex flex-wrap items-center gap-2 font-medium"><SituationBadge situation={s.situation} /> as of {when}</p>
                  {c.identityHidden ? <p className="mt-1 text-slate-600">Quote {WITHHELD.toLowerCase()}</p> : <EvidenceList evidence={s.evidence} emptyText="No quote recorded." />}
                  {s.note ? <p className="mt-1 text-slate-700"><span className="font-medium">Note:</span> {s.note}</p> : null}
                  {canEdit ? <div className="mt-1"><CaseChangeButton action={removeSituation} fields={{ ...change, situationId: s.id }} label="Remove" context={`the situation ${CASE_SITUATION_LABELS[s.situation]} as of ${when}`} /></div> : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="rounds-heading" className="mt-8">
        <h2 id="rounds-heading" className="text-lg font-semibold">Rounds at which the EU raised it</h2>
        {c.rounds.length === 0 ? <p className="mt-2 text-sm text-slate-700">None recorded.</p> : (
          <ul className="mt-3 space-y-4 text-sm">
            {c.rounds.map((r) => (
              <li key={r.round.id}>
                <p className="font-medium"><Link href={`/rounds/${r.round.id}`} className="underline">{r.round.title}</Link> <span className="font-normal text-slate-700">({formatDate(r.round.startDate)})</span></p>
                {c.identityHidden ? <p className="mt-1 text-slate-600">Quote {WITHHELD.toLowerCase()}</p> : <EvidenceList evidence={r.evidence} emptyText="No quote recorded." />}
                {r.note ? <p className="mt-1 text-slate-700"><span className="font-medium">Note:</span> {r.note}</p> : null}
                {canEdit ? <div className="mt-1"><CaseChangeButton action={removeCaseRound} fields={{ ...change, roundId: r.round.id }} label="Remove" context={`the round ${r.round.title}`} /></div> : null}
              </li>
            ))}
          </ul>
        )}
        {c.lists.length ? (
          <p className="mt-3 text-sm text-slate-700">
            On the lists handed over at: {c.lists.map((l, i) => <span key={l.list.id}>{i ? "; " : ""}<Link href={`/rounds/${l.list.round.id}`} className="underline">{l.list.round.title}</Link></span>)}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="concerns-heading" className="mt-8">
        <h2 id="concerns-heading" className="text-lg font-semibold">Concerns it illustrates</h2>
        {c.concerns.length === 0 ? <p className="mt-2 text-sm text-slate-700">Not linked to a concern yet.</p> : (
          <ul className="mt-3 space-y-2 text-sm">
            {c.concerns.map(({ concern }) => (
              <li key={concern.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/concerns/${concern.id}`} className="underline">{concern.title}</Link>
                <span className="text-slate-700">({concern.theme.name})</span>
                {canEdit ? <CaseChangeButton action={unlinkConcern} fields={{ ...change, concernId: concern.id }} label="Unlink" context={`the concern ${concern.title}`} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canEdit && concernOptions.length ? (
          <div className="mt-3"><LinkConcernForm caseId={id} version={c.version} concerns={concernOptions.map((o) => ({ value: String(o.id), label: `${o.title} (${o.theme.name})` }))} /></div>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-lg font-semibold">History</h2>
        <div className="mt-2">{history ? <HistoryList history={history} /> : <p className="text-sm text-slate-700">{WITHHELD} Its history records the name and quotes.</p>}</div>
      </section>

      {canEdit ? (
        <DeleteSection
          noun="case"
          blocked={c.mergedFrom.length > 0}
          action={deleteCase}
          id={id}
          version={c.version}
          afterHref="/cases"
          statement={`I understand that ${[
            plural(c.situations.length, "recorded situation"),
            plural(c.rounds.length, "round raised", "rounds raised"),
            "their quotes",
          ].join(", ")} are deleted with it, and that it is taken off ${plural(c.concerns.length, "concern")} and ${plural(c.lists.length, "handed-over list")}.`}
        />
      ) : null}
    </>
  );
}
