import type { Metadata } from "next";
import Link from "next/link";
import { CaseFiltersForm } from "@/components/cases/case-filters";
import { SituationBadge } from "@/components/cases/situation-badge";
import { ExportLinks } from "@/components/dashboard/view-heading";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { caseFiltersToSearchParams, listCases, parseCaseFilters } from "@/lib/data/cases";
import { listRoundOptions } from "@/lib/data/rounds";
import { listThemesWithConcernCounts } from "@/lib/data/themes";
import { formatPartialDate, plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Individual cases" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const filters = parseCaseFilters(await searchParams);
  const [cases, themes, rounds] = await Promise.all([listCases(filters, user), listThemesWithConcernCounts(), listRoundOptions()]);
  const query = caseFiltersToSearchParams(filters).toString();
  const filtered = Boolean(filters.q || filters.situation || filters.themeId || filters.roundId);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Individual cases</h1>
        <div className="flex flex-wrap items-center gap-4">
          <ExportLinks links={[{ href: `/api/v1/cases/export${query ? `?${query}` : ""}`, label: "Download these cases" }]} />
          {hasRole(user.role, "ANALYST") ? <Link href="/cases/new" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">New case</Link> : null}
        </div>
      </div>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">
        People the EU raised in the dialogue, what became of each, and how many rounds have passed since they were first raised and since their situation last changed.
      </p>
      <div className="mt-4">
        <CaseFiltersForm filters={filters} themes={themes.map((t) => ({ value: String(t.id), label: t.name }))} rounds={rounds.map((r) => ({ value: String(r.id), label: r.title }))} />
      </div>
      <p className="mt-4 text-sm text-slate-700" role="status">{plural(cases.length, "case")}</p>
      {cases.length === 0 ? (
        <p className="mt-2 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {filtered ? "No case matches these filters." : "No individual case is recorded yet."}
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Individual cases with their current situation</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">Case</th>
                <th scope="col" className="p-2">Current situation</th>
                <th scope="col" className="p-2">Themes</th>
                <th scope="col" className="p-2">Raised at</th>
                <th scope="col" className="p-2">Rounds since first raised</th>
                <th scope="col" className="p-2">Rounds since the situation changed</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-left font-medium">
                    <Link href={`/cases/${c.id}`} className="underline">{c.name}</Link>
                    {c.sensitive && !c.identityHidden ? <span className="ml-2 text-xs font-normal text-amber-900">(sensitive)</span> : null}
                  </th>
                  <td className="p-2">
                    <SituationBadge situation={c.situation} />
                    {c.situationAsOf && c.situationPrecision ? <span className="ml-1 text-slate-700">{formatPartialDate(c.situationAsOf, c.situationPrecision)}</span> : null}
                  </td>
                  <td className="p-2">{c.themes.join(", ") || "—"}</td>
                  <td className="p-2">{c.rounds.length ? c.rounds.map((r, i) => <span key={r.id}>{i ? "; " : ""}<Link href={`/rounds/${r.id}`} className="underline">{r.title}</Link></span>) : "Not recorded"}</td>
                  <td className="p-2">{c.roundsSinceFirstRaised ?? "—"}</td>
                  <td className="p-2">{c.roundsSinceChange ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
