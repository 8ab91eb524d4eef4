import Link from "next/link";
import { SelectField, type Option } from "@/components/ui/form-controls";
import { Field } from "@/components/ui/field";
import { STATUSES, STATUS_INFO } from "@/lib/domain/status";
import type { ConcernFilters } from "@/lib/data/concerns";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and bookmarked. */
export function ConcernFiltersForm({ filters, themes, rounds }: { filters: ConcernFilters; themes: Option[]; rounds: Option[] }) {
  const statusOptions = [...STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s].label })), { value: "NONE", label: "No status yet" }];
  return (
    <form method="get" action="/concerns" role="search" aria-label="Filter concerns" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      <Field label="Text" name="q" type="search" defaultValue={filters.q ?? ""} />
      <SelectField label="Theme" name="theme" options={themes} placeholder="All themes" defaultValue={filters.themeId?.toString() ?? ""} />
      <SelectField label="Current status" name="status" options={statusOptions} placeholder="Any status" defaultValue={filters.status ?? ""} />
      <SelectField label="First raised at" name="round" options={rounds} placeholder="Any round" defaultValue={filters.roundId?.toString() ?? ""} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">Apply filters</button>
        <Link href="/concerns" className="px-2 py-2 text-sm underline">Clear</Link>
      </div>
    </form>
  );
}
