import Link from "next/link";
import { ChangeLabel } from "@/components/dashboard/change-item";
import { EvidenceList } from "@/components/statuses/evidence-list";
import type { RoundChanges } from "@/lib/data/round-changes";
import { CHANGE_INFO, CHANGES } from "@/lib/domain/changes";
import { formatDate, plural } from "@/lib/domain/format";

/**
 * "What changed at this round", theme by theme: how many concerns had each
 * named change since the previous round of the same kind, then the concerns
 * under each change with both statuses and the quotes behind them.
 */
export function RoundChangesSection({ roundId, changes }: { roundId: number; changes: RoundChanges }) {
  const { previous, themes } = changes;
  return (
    <section aria-labelledby="changes-heading" className="mt-8">
      <h2 id="changes-heading" className="text-lg font-semibold">What changed at this round</h2>
      <p className="mt-1 text-sm text-slate-700">
        {previous ? (
          <>
            Compared with the previous round of the same kind,{" "}
            <Link href={`/rounds/${previous.id}`} className="underline">{previous.title}</Link> ({formatDate(previous.startDate)}).
          </>
        ) : (
          "This is the first round of its kind, so every concern discussed at it is newly raised."
        )}
      </p>
      {themes.length === 0 ? <p className="mt-2 text-sm text-slate-600">No concern was discussed at this round or the previous one.</p> : null}
      {themes.map((theme) => {
        const present = CHANGES.filter((c) => theme.counts[c] > 0);
        return (
          // A div, not a section: "Statuses recorded at this round" already has a region per theme name.
          <div key={theme.id} className="mt-4">
            <h3 className="font-medium">{theme.name}</h3>
            <p className="text-sm text-slate-700">{present.map((c) => `${theme.counts[c]} ${CHANGE_INFO[c].label.toLowerCase()}`).join(", ")}</p>
            {present.map((change) => (
              <div key={change} className="mt-2">
                <h4 className="text-sm font-medium text-slate-800">
                  {CHANGE_INFO[change].label} ({plural(theme.counts[change], "concern")}){" "}
                  <span className="font-normal text-slate-600">— {CHANGE_INFO[change].description.toLowerCase()}</span>
                </h4>
                <ul className="mt-1 space-y-2" aria-label={`${CHANGE_INFO[change].label}: ${theme.name}`}>
                  {theme.items
                    .filter((item) => item.change === change)
                    .map((item) => (
                      <li key={item.concernId} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                        <div className="flex flex-wrap items-center gap-2">
                          <Link href={`/concerns/${item.concernId}#round-${roundId}`} className="font-medium underline">{item.title}</Link>
                          <ChangeLabel change={item.change} from={item.from} to={item.to} />
                        </div>
                        <EvidenceList evidence={item.evidence} emptyText="Not mentioned at this round or the previous one." />
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
