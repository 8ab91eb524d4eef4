import Link from "next/link";
import { SituationBadge } from "@/components/cases/situation-badge";
import type { CaseListRow } from "@/lib/data/cases";
import { caseHighlights } from "@/lib/domain/cases";
import { formatPartialDate } from "@/lib/domain/format";

type Round = { id: number; title: string; startDate: string };

function CaseItems({ cases, label, empty }: { cases: { row: CaseListRow; extra?: string }[]; label: string; empty: string }) {
  if (cases.length === 0) return <p className="mt-1 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mt-1 space-y-1 text-sm" aria-label={label}>
      {cases.map(({ row, extra }) => (
        <li key={row.id} className="flex flex-wrap items-center gap-2">
          <Link href={`/cases/${row.id}`} className="underline">{row.name}</Link>
          <SituationBadge situation={row.situation} />
          {row.situationAsOf && row.situationPrecision ? <span className="text-slate-700">as of {formatPartialDate(row.situationAsOf, row.situationPrecision)}</span> : null}
          {extra ? <span className="text-slate-700">· {extra}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A theme's individual cases (those linked to its concerns): what happened at the latest rounds, and who is raised with no change. */
export function ThemeCases({ cases, latest, previous, themeId }: { cases: CaseListRow[]; latest?: Round; previous?: Round; themeId: number }) {
  const { raisedAtLatest, changedSincePrevious, raisedWithoutChange } = caseHighlights(
    cases,
    latest,
    previous ? { startDate: new Date(previous.startDate) } : undefined,
  );
  if (cases.length === 0) return <p className="mt-2 text-sm text-slate-600">No individual case is linked to this theme&apos;s concerns.</p>;
  return (
    <>
      <p className="mt-1 text-sm"><Link href={`/cases?theme=${themeId}`} className="underline">All {cases.length === 1 ? "1 case" : `${cases.length} cases`} linked to this theme</Link></p>
      <div className="mt-2 grid gap-4 md:grid-cols-3">
        <div>
          <h3 className="font-medium">Raised at the latest round{latest ? ` (${latest.title})` : ""}</h3>
          <CaseItems cases={raisedAtLatest.map((row) => ({ row }))} label="Cases raised at the latest round" empty="None." />
        </div>
        <div>
          <h3 className="font-medium">Situation changed since the previous round</h3>
          <CaseItems cases={changedSincePrevious.map((row) => ({ row }))} label="Cases whose situation changed since the previous round" empty="None." />
        </div>
        <div>
          <h3 className="font-medium">Raised most often with no change</h3>
          <CaseItems
            cases={raisedWithoutChange.map(({ case: row, times }) => ({ row, extra: `raised at ${times} rounds since` }))}
            label="Cases raised most often with no change"
            empty="No case raised at two rounds or more without a change."
          />
        </div>
      </div>
    </>
  );
}
