import Link from "next/link";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { roundShortLabel, type RoundColumn } from "@/lib/domain/dashboard";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";
import { ROUND_KIND_LABELS } from "@/lib/domain/format";
import { ROUND_KINDS, type DashboardFilters, type ParsedFilters } from "@/lib/validation/dashboard";

/**
 * A plain GET form: the filters land in the URL, so the view can be shared and
 * reloaded, and it works without JavaScript.
 */
export function FilterForm({
  action,
  filters,
  errors,
  rounds,
}: {
  action: string;
  filters: DashboardFilters;
  errors: ParsedFilters["errors"];
  /** The rounds in view, for the compare control. */
  rounds: RoundColumn[];
}) {
  const options = rounds.map((r) => ({ value: String(r.id), label: `${roundShortLabel(r)}: ${r.title}` }));
  return (
    <form method="get" action={action} aria-label="Filters" className="no-print mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 md:grid-cols-[auto_auto_1fr]">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Round kinds</legend>
          <div className="mt-1 space-y-1">
            {ROUND_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="kind" value={kind} defaultChecked={filters.kinds.includes(kind)} className="h-4 w-4" />
                {ROUND_KIND_LABELS[kind]}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-600">None ticked means dialogue rounds only.</p>
        </fieldset>
        <div className="flex flex-wrap gap-3 md:flex-col">
          <Field label="Rounds from" name="from" type="date" defaultValue={filters.from ?? ""} errors={errors.from ? [errors.from] : undefined} />
          <Field label="Rounds to" name="to" type="date" defaultValue={filters.to ?? ""} errors={errors.to ? [errors.to] : undefined} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Current status</legend>
          <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
            {STATUSES.map((status) => (
              <label key={status} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} className="h-4 w-4" />
                <span aria-hidden="true">{STATUS_INFO[status].symbol}</span>
                {STATUS_INFO[status].label}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-600">None ticked means every status.</p>
        </fieldset>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">Compare rounds</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          <SelectField
            label="Changes at"
            name="at"
            options={options}
            placeholder="The latest round in view"
            defaultValue={filters.at ? String(filters.at) : ""}
            errors={errors.compare ? [errors.compare] : undefined}
          />
          <SelectField
            label="Compared with"
            name="against"
            options={options}
            placeholder="The round before it"
            defaultValue={filters.against ? String(filters.against) : ""}
          />
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Apply filters
        </button>
        <Link href={action} className="text-sm text-blue-800 underline underline-offset-4">
          Reset filters
        </Link>
      </div>
    </form>
  );
}
