"use client";

// A client component though it needs no interaction: fed the themes' figures,
// the page carries each card once as data (and its HTML), not a second time as
// the payload of a server-rendered tree.
import Link from "next/link";
import { ChangeSummary } from "@/components/dashboard/change-summary";
import { StackedBar } from "@/components/dashboard/stacked-bar";
import type { ThemeSummary } from "@/lib/data/dashboard";
import { plural } from "@/lib/domain/format";

/** One card per theme: its concerns, their current-status mix and the changes between the compared rounds. */
export function ThemeCards({ themes, query }: { themes: ThemeSummary[]; query: string }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:block" aria-label="Themes">
      {themes.map((theme) => (
        <li key={theme.id} className="print-page flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:shadow-none">
          <h2 className="font-semibold">
            <Link href={`/themes/${theme.slug}?${query}`} className="text-blue-900 underline-offset-4 hover:underline">
              {theme.name}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{theme.description}</p>
          <p className="mt-2 text-sm font-medium" data-testid="concern-count">
            {plural(theme.concernCount, "concern")}
          </p>
          <div className="mt-2">
            <StackedBar mix={theme.mix} title={`${theme.name}, current status`} />
          </div>
          <div className="mt-3 border-t border-slate-100 pt-2">
            <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">Changes</h3>
            <ChangeSummary changes={theme.changes} />
          </div>
        </li>
      ))}
    </ul>
  );
}
