import Link from "next/link";
import { SelectField, type Option } from "@/components/ui/form-controls";
import { Field } from "@/components/ui/field";
import type { CaseFilters } from "@/lib/data/cases";
import { CASE_SITUATION_LABELS, CASE_SITUATIONS } from "@/lib/domain/cases";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and bookmarked. */
export function CaseFiltersForm({ filters, themes, rounds }: { filters: CaseFilters; themes: Option[]; rounds: Option[] }) {
  const situations = CASE_SITUATIONS.map((s) => ({ value: s, label: CASE_SITUATION_LABELS[s] }));
  return (
    <form method="get" action="/cases" role="search" aria-label="Filter cases" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      <Field label="Name or text" name="q" type="search" defaultValue={filters.q ?? ""} hint="Any spelling, Latin or Cyrillic" />
      <SelectField label="Current situation" name="situation" options={situations} placeholder="Any situation" defaultValue={filters.situation ?? ""} />
      <SelectField label="Theme" name="theme" options={themes} placeholder="All themes" defaultValue={filters.themeId?.toString() ?? ""} />
      <SelectField label="Raised at" name="round" options={rounds} placeholder="Any round" defaultValue={filters.roundId?.toString() ?? ""} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">Apply filters</button>
        <Link href="/cases" className="px-2 py-2 text-sm underline">Clear</Link>
      </div>
    </form>
  );
}
