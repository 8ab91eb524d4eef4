import Link from "next/link";
import { EvidenceList } from "@/components/statuses/evidence-list";
import { StatusBadge } from "@/components/statuses/status-badge";
import type { RoundThemeGroup } from "@/lib/data/rounds";
import { plural } from "@/lib/domain/format";

/**
 * The statuses at a round, theme by theme: what was discussed in full, with every
 * piece of its evidence, language-tagged; what was not raised as one line per theme
 * that opens to the list.
 */
export function RoundStatuses({ roundId, themes }: { roundId: number; themes: RoundThemeGroup[] }) {
  if (themes.length === 0) {
    return <p className="mt-2 text-sm text-slate-600">No statuses recorded yet. Open a document of this round to log them.</p>;
  }
  return themes.map((theme) => (
    <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="mt-4">
      <h3 id={`theme-${theme.id}`} className="font-medium">{theme.name}</h3>
      {theme.discussed.length ? (
        <ul className="mt-2 space-y-2" aria-label={`Discussed: ${theme.name}`}>
          {theme.discussed.map((s) => (
            <li key={s.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={s.status} />
                <Link href={`/concerns/${s.concern.id}#round-${roundId}`} className="font-medium underline">{s.concern.title}</Link>
              </div>
              <EvidenceList evidence={s.evidence} />
              {s.note ? <p className="mt-1 text-slate-700">Note: {s.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {theme.notRaised.length ? (
        <details className="mt-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer text-slate-700">
            {plural(theme.notRaised.length, "concern")} not raised
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5" aria-label={`Not raised: ${theme.name}`}>
            {theme.notRaised.map((s) => (
              <li key={s.id}>
                <Link href={`/concerns/${s.concern.id}#round-${roundId}`} className="underline">{s.concern.title}</Link>
                {s.note ? <span className="text-slate-600"> — {s.note}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  ));
}
