import Link from "next/link";
import { Field } from "@/components/ui/field";
import { SelectField, type Option } from "@/components/ui/form-controls";
import { SEARCH_KIND_LABELS, SEARCH_KINDS } from "@/lib/domain/search-kinds";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

type Props = { raw: Record<string, string>; errors?: Record<string, string[]>; themes: Option[]; rounds: Option[] };

/** A plain GET form: the query and filters live in the URL, so a search can be shared and bookmarked. */
export function SearchForm({ raw, errors = {}, themes, rounds }: Props) {
  return (
    <form method="get" action="/search" role="search" aria-label="Search and filters" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Field
        label="Search for"
        name="q"
        type="search"
        defaultValue={raw.q ?? ""}
        errors={errors.q}
        className="sm:col-span-2 lg:col-span-4"
        hint={'All words must occur. "Quote marks" for a phrase, journal* for words starting so, -word to leave a word out.'}
      />
      <SelectField label="Kind" name="kind" options={SEARCH_KINDS.map((k) => ({ value: k, label: SEARCH_KIND_LABELS[k].many }))} placeholder="Every kind" defaultValue={raw.kind ?? ""} errors={errors.kind} />
      <SelectField label="Theme" name="theme" options={themes} placeholder="All themes" defaultValue={raw.theme ?? ""} errors={errors.theme} />
      <SelectField label="Round" name="round" options={rounds} placeholder="Any round" defaultValue={raw.round ?? ""} errors={errors.round} />
      <SelectField label="Status" name="status" options={STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s].label }))} placeholder="Any status" defaultValue={raw.status ?? ""} errors={errors.status} />
      <Field label="Document language" name="language" defaultValue={raw.language ?? ""} errors={errors.language} hint="A code such as en, ru or kk" />
      <Field label="From" name="from" type="date" defaultValue={raw.from ?? ""} errors={errors.from} />
      <Field label="To" name="to" type="date" defaultValue={raw.to ?? ""} errors={errors.to} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">Search</button>
        {raw.q ? <Link href={`/search?${new URLSearchParams({ q: raw.q })}`} className="px-2 py-2 text-sm underline">Clear filters</Link> : null}
      </div>
    </form>
  );
}
