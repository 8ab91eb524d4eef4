import Link from "next/link";
import { SituationBadge } from "@/components/cases/situation-badge";
import { EvidenceList } from "@/components/statuses/evidence-list";
import type { CaseListRow, listHandedOverLists } from "@/lib/data/cases";
import { plural } from "@/lib/domain/format";

type Lists = Awaited<ReturnType<typeof listHandedOverLists>>;

/** A round's individual cases: those the EU raised there, and the lists it handed over. */
export function RoundCases({ cases, lists }: { cases: CaseListRow[]; lists: Lists }) {
  return (
    <>
      {cases.length === 0 ? <p className="mt-2 text-sm text-slate-600">No case is recorded as raised at this round.</p> : (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Cases raised at this round">
          {cases.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/cases/${c.id}`} className="underline">{c.name}</Link> <SituationBadge situation={c.situation} />
            </li>
          ))}
        </ul>
      )}
      {lists.map((list) => (
        <div key={list.id} className="mt-4 text-sm">
          <p className="font-medium">
            A list of cases was handed over{list.size ? ` (${plural(list.size, "case")})` : " (its size is not known)"}.
          </p>
          <EvidenceList evidence={[{ id: list.id, quote: list.quote, translation: list.translation, document: list.document }]} />
          <p className="mt-1 text-slate-700">
            {list.cases.length
              ? <>Known to be on it: {list.cases.map((c, i) => <span key={c.id}>{i ? ", " : ""}<Link href={`/cases/${c.id}`} className="underline">{c.name}</Link></span>)}</>
              : "The cases on it are not known."}
          </p>
        </div>
      ))}
    </>
  );
}
