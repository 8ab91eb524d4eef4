import type { Metadata } from "next";
import Link from "next/link";
import { ConcernFiltersForm } from "@/components/concerns/concern-filters";
import { StatusBadge } from "@/components/statuses/status-badge";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { listConcerns, parseConcernFilters } from "@/lib/data/concerns";
import { listRoundOptions } from "@/lib/data/rounds";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Concerns" };

export default async function ConcernsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const filters = parseConcernFilters(await searchParams);
  const [concerns, themes, rounds] = await Promise.all([listConcerns(filters), listThemesWithConcernCounts(), listRoundOptions()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Concerns</h1>
        {hasRole(user.role, "ANALYST") ? <Link href="/concerns/new" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">New concern</Link> : null}
      </div>
      <div className="mt-4">
        <ConcernFiltersForm filters={filters} themes={themes.map((t) => ({ value: String(t.id), label: t.name }))} rounds={rounds.map((r) => ({ value: String(r.id), label: r.title }))} />
      </div>
      <p className="mt-4 text-sm text-slate-700" role="status">{plural(concerns.length, "concern")}</p>
      {concerns.length === 0 ? (
        <p className="mt-2 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">No concern matches these filters.</p>
      ) : (
        <table className="mt-2 w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Concerns with their current status</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">Concern</th>
              <th scope="col" className="p-2">Theme</th>
              <th scope="col" className="p-2">Current status</th>
              <th scope="col" className="p-2">First raised</th>
              <th scope="col" className="p-2">Rounds recorded</th>
            </tr>
          </thead>
          <tbody>
            {concerns.map((c) => (
              <tr key={c.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-medium"><Link href={`/concerns/${c.id}`} className="underline">{c.title}</Link></th>
                <td className="p-2">{c.themeName}</td>
                <td className="p-2"><StatusBadge status={c.status} /></td>
                <td className="p-2">{c.firstRaisedTitle ?? "—"}</td>
                <td className="p-2">{c.statusCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
