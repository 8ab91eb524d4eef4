import Link from "next/link";
import { Field } from "@/components/ui/field";
import { type Option, SelectField } from "@/components/ui/form-controls";
import { isoDay } from "@/lib/domain/format";
import type { AuditFilters } from "@/lib/data/audit";

const ENTITY_OPTIONS: Option[] = [
  { value: "Round", label: "Rounds" },
  { value: "SourceDocument", label: "Documents" },
  { value: "Concern", label: "Concerns" },
  { value: "StatusAssessment", label: "Statuses" },
  { value: "StatusEvidence", label: "Sources of statuses" },
  { value: "Theme", label: "Themes" },
  { value: "User", label: "Users" },
  { value: "IndividualCase", label: "Individual cases" },
  { value: "HandedOverList", label: "Lists of cases handed over" },
];

export function AuditFiltersForm({ filters, actors }: { filters: AuditFilters; actors: Option[] }) {
  const to = filters.to ? new Date(filters.to.getTime() - 86_400_000) : null;
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter audit events" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      <SelectField label="Entity type" name="entity" options={ENTITY_OPTIONS} placeholder="All" defaultValue={filters.entityType ?? ""} />
      <SelectField label="Actor" name="actor" options={actors} placeholder="Anyone" defaultValue={filters.actorId?.toString() ?? ""} />
      <Field label="From" name="from" type="date" defaultValue={isoDay(filters.from)} />
      <Field label="To" name="to" type="date" defaultValue={isoDay(to)} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">Apply filters</button>
        <Link href="/admin/audit" className="px-2 py-2 text-sm underline">Clear</Link>
      </div>
    </form>
  );
}
