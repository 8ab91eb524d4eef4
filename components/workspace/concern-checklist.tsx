"use client";

import { StatusBadge } from "@/components/statuses/status-badge";
import type { WorkspaceConcern } from "@/lib/data/workspace";

/** Lower-cased words of a concern that the search box matches: title, description, legal references (and aliases). */
export function concernHaystack(c: WorkspaceConcern): string {
  return [c.title, c.description, ...c.legalReferences, ...c.aliases].join(" \u0000 ").toLocaleLowerCase();
}

/** Every concern by theme, narrowed by the search box; picking one records the passage for it. */
export function ConcernChecklist({ groups, pickedId, onPick, previousRoundTitle }: {
  groups: { themeId: number; themeName: string; concerns: WorkspaceConcern[] }[];
  pickedId: number | null;
  onPick: (concern: WorkspaceConcern) => void;
  previousRoundTitle: string | null;
}) {
  if (groups.length === 0) return <p className="text-sm text-slate-600">No concern matches the search. Create a new one from the passage if it is about something new.</p>;
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <section key={group.themeId} aria-labelledby={`checklist-theme-${group.themeId}`}>
          <h3 id={`checklist-theme-${group.themeId}`} className="text-sm font-semibold">{group.themeName}</h3>
          <ul className="mt-1 space-y-1">
            {group.concerns.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  onClick={() => onPick(c)}
                  aria-pressed={pickedId === c.id}
                  aria-label={`${c.title}${c.current ? `, recorded at this round` : ""}`}
                  className={`w-full rounded-md border p-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${pickedId === c.id ? "border-blue-700 bg-blue-50" : "border-slate-200 bg-white hover:bg-slate-50"}`}
                >
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{c.title}</span>
                    {c.current ? <span className="text-xs text-slate-700">This round: <StatusBadge status={c.current.status} /></span> : null}
                  </span>
                  {c.previous ? (
                    <span className="mt-1 block text-xs text-slate-700">
                      {previousRoundTitle ? `At ${previousRoundTitle}: ` : "Before: "}<StatusBadge status={c.previous.status} />
                      {c.previous.quote ? <span className="ml-1 italic">“{c.previous.quote}{c.previous.quote.length >= 160 ? "…" : ""}”</span> : null}
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
