import Link from "next/link";
import { handedOverListFields } from "@/components/cases/case-fields";
import { CaseChangeButton } from "@/components/cases/case-change-button";
import { SituationBadge } from "@/components/cases/situation-badge";
import { EvidenceList } from "@/components/statuses/evidence-list";
import { ActionForm } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-controls";
import { createHandedOverList, deleteHandedOverList } from "@/lib/actions/handed-over-lists";
import type { CaseListRow, listHandedOverLists } from "@/lib/data/cases";
import { plural } from "@/lib/domain/format";

type Lists = Awaited<ReturnType<typeof listHandedOverLists>>;

/**
 * A round's individual cases: those the EU raised there, and the lists it handed
 * over. `edit` (analysts and admins) adds the form to record a list and each
 * list's edit and delete controls.
 */
export function RoundCases({ roundId, cases, lists, edit }: {
  roundId: number;
  cases: CaseListRow[];
  lists: Lists;
  edit?: { documents: Option[]; cases: Option[] };
}) {
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
      {lists.map((list, i) => (
        <div key={list.id} className="mt-4 text-sm" data-testid="handed-over-list">
          <p className="font-medium">
            A list of cases was handed over{list.size ? ` (${plural(list.size, "case")})` : " (its size is not known)"}.
          </p>
          <EvidenceList evidence={[{ id: list.id, quote: list.quote, translation: list.translation, document: list.document }]} />
          <p className="mt-1 text-slate-700">
            {list.cases.length
              ? <>Known to be on it: {list.cases.map((c, i) => <span key={c.id}>{i ? ", " : ""}<Link href={`/cases/${c.id}`} className="underline">{c.name}</Link></span>)}</>
              : "The cases on it are not known."}
          </p>
          {edit ? (
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <Link href={`/rounds/${roundId}/lists/${list.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100">
                Edit<span className="sr-only"> list {i + 1}</span>
              </Link>
              <CaseChangeButton action={deleteHandedOverList} fields={{ id: list.id, version: list.version }} label="Delete" context={`list ${i + 1}`} />
            </div>
          ) : null}
        </div>
      ))}
      {edit ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium underline">Record a list of cases handed over at this round</summary>
          <div className="mt-2">
            <ActionForm
              action={createHandedOverList}
              fields={handedOverListFields(edit.documents, edit.cases)}
              initial={{}}
              hidden={{ roundId: String(roundId) }}
              submitLabel="Save list"
            />
          </div>
        </details>
      ) : null}
    </>
  );
}
