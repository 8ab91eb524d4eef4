import type { Metadata } from "next";
import Link from "next/link";
import { ChangeSummary, comparedRoundsSentence } from "@/components/dashboard/change-summary";
import { FilterForm } from "@/components/dashboard/filter-form";
import { StackedBar } from "@/components/dashboard/stacked-bar";
import { StatusLegend } from "@/components/dashboard/status-legend";
import { ThemeCards } from "@/components/dashboard/theme-cards";
import { ExportLinks, ViewDescription } from "@/components/dashboard/view-heading";
import { requirePageUser } from "@/lib/auth/authorized";
import { checkCompare, getDashboardOverview, type DashboardOverview } from "@/lib/data/dashboard";
import { formatDay } from "@/lib/domain/dashboard";
import { filtersToSearchParams, parseDashboardFilters } from "@/lib/validation/dashboard";
import { plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Counts only, never names: a viewer may count sensitive cases but not read who they are. */
function CaseTotals({ cases, compared }: { cases: DashboardOverview["cases"]; compared: DashboardOverview["compared"] }) {
  if (cases.total === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-700" data-testid="case-totals">
      <Link href="/cases" className="text-blue-900 underline underline-offset-4">
        {plural(cases.total, "individual case")}
      </Link>
      {compared ? `: ${cases.raisedAt} raised at ${compared.at.title}` : null}
      {compared?.against ? `; ${cases.changedSince} whose situation changed since ${compared.against.title}` : null}.
    </p>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  await requirePageUser();
  const { filters, errors } = await checkCompare(parseDashboardFilters(await searchParams));
  const overview = await getDashboardOverview(filters);
  const query = filtersToSearchParams(filters).toString();
  const latest = overview.latestRound;

  return (
    <>
      <h1 className="text-2xl font-semibold">Progress dashboard</h1>
      <p className="mt-1 text-sm text-slate-600">Where each concern the EU raises with Kazakhstan stands, theme by theme.</p>
      <ViewDescription filters={filters} />
      <FilterForm action="/dashboard" filters={filters} errors={errors} rounds={overview.rounds} />

      <section aria-labelledby="totals-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0">
        <h2 id="totals-heading" className="text-lg font-semibold">
          All themes
        </h2>
        <p className="mt-1 text-sm text-slate-700" data-testid="total-concerns">
          {plural(overview.totals.concernCount, "concern")} across {overview.themes.length} themes
          {latest ? `; latest round in view: ${latest.title}, ${formatDay(latest.startDate)}` : "; no rounds in view"}.
        </p>
        <CaseTotals cases={overview.cases} compared={overview.compared} />
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <StackedBar mix={overview.totals.mix} title="All concerns" />
          <div>
            <h3 className="text-sm font-medium text-slate-800">Changes: {comparedRoundsSentence(overview.compared)}</h3>
            <ChangeSummary changes={overview.totals.changes} />
          </div>
        </div>
        <div className="mt-4">
          <StatusLegend />
        </div>
        <div className="mt-3">
          <ExportLinks links={[{ href: `/api/v1/dashboard/export?${query}`, label: "Download these figures" }]} />
        </div>
      </section>

      {overview.themes.length === 0 ? (
        <p className="mt-6 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No themes yet. An admin can add them, or load the demo data with <code>npm run db:seed</code>.
        </p>
      ) : (
        <ThemeCards themes={overview.themes} query={query} />
      )}
    </>
  );
}
