import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterForm } from "@/components/dashboard/filter-form";
import { StatusLegend } from "@/components/dashboard/status-legend";
import { StatusMatrix } from "@/components/dashboard/status-matrix";
import { StatusMixChart } from "@/components/dashboard/status-mix-chart";
import { ChangesList, LongestOpenTable } from "@/components/dashboard/theme-lists";
import { ExportLinks, ViewDescription } from "@/components/dashboard/view-heading";
import { ThemeCases } from "@/components/cases/theme-cases";
import { requirePageUser } from "@/lib/auth/authorized";
import { listCases } from "@/lib/data/cases";
import { checkCompare, listRoundsInView } from "@/lib/data/dashboard";
import {
  getStatusMixByRound,
  getThemeBySlug,
  getThemeMatrix,
  listChanges,
  listLongestOpen,
} from "@/lib/data/theme-dashboard";
import { comparedRounds, formatDay } from "@/lib/domain/dashboard";
import { filtersToSearchParams, parseDashboardFilters } from "@/lib/validation/dashboard";
import { plural } from "@/lib/domain/format";

const CHANGES_SHOWN = 50;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await getThemeBySlug((await params).slug);
  return { title: theme ? theme.name : "Theme not found" };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const theme = await getThemeBySlug((await params).slug);
  if (!theme) notFound();
  const { filters, page, errors } = await checkCompare(parseDashboardFilters(await searchParams));

  const [rounds, matrix, mixByRound, changes, longestOpen, cases] = await Promise.all([
    listRoundsInView(filters),
    getThemeMatrix(theme.id, filters, page),
    getStatusMixByRound(theme.id, filters),
    listChanges(theme.id, filters),
    listLongestOpen(theme.id, filters),
    listCases({ themeId: theme.id }, user),
  ]);
  const compared = comparedRounds(rounds, filters);
  const base = `/themes/${theme.slug}`;
  const query = (extra: Record<string, string> = {}) => filtersToSearchParams(filters, extra).toString();
  const csv = (list: string) => `/api/v1/themes/${theme.slug}/export?${query({ list })}`;

  return (
    <>
      <p className="no-print text-sm">
        <Link href={`/dashboard?${query()}`} className="text-blue-800 underline underline-offset-4">
          ← All themes
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{theme.name}</h1>
      {theme.description ? <p className="mt-1 text-sm text-slate-600">{theme.description}</p> : null}
      <ViewDescription filters={filters} />
      <FilterForm action={base} filters={filters} errors={errors} rounds={rounds} />

      <section aria-labelledby="matrix-heading" className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="matrix-heading" className="text-lg font-semibold">
            Status at each round
          </h2>
          <ExportLinks links={[{ href: csv("matrix"), label: "Download the matrix" }, { href: csv("evidence"), label: "Download every quote behind it" }]} />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {plural(matrix.totalConcerns, "concern")} × {plural(rounds.length, "round")}.{" "}
          <span className="print:hidden">Open a cell for the quote behind it.</span>
        </p>
        <div className="mt-2">
          <StatusLegend />
        </div>
        <div className="mt-3">
          {rounds.length === 0 || matrix.totalConcerns === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              {rounds.length === 0 ? "No rounds match these filters." : "No concerns in this theme match these filters."}
            </p>
          ) : (
            <StatusMatrix rows={matrix.rows} rounds={rounds} compared={compared} caption={`${theme.name}: status of each concern at each round`} />
          )}
        </div>
        {matrix.pageCount > 1 ? (
          <nav aria-label="Matrix pages" className="no-print mt-2 flex flex-wrap items-center gap-3 text-sm">
            {matrix.page > 1 ? (
              <Link href={`${base}?${query({ page: String(matrix.page - 1) })}`} className="text-blue-800 underline underline-offset-4">
                Previous concerns
              </Link>
            ) : null}
            <span>
              Page {matrix.page} of {matrix.pageCount}
            </span>
            {matrix.page < matrix.pageCount ? (
              <Link href={`${base}?${query({ page: String(matrix.page + 1) })}`} className="text-blue-800 underline underline-offset-4">
                Next concerns
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="mix-heading" className="print-avoid-break min-w-0">
          <h2 id="mix-heading" className="text-lg font-semibold">
            Status mix per round
          </h2>
          <p className="mt-1 text-sm text-slate-700">How many concerns had each status at each round in view.</p>
          <div className="mt-3">
            {rounds.length === 0 ? (
              <p className="text-sm text-slate-700">No rounds match these filters.</p>
            ) : (
              <StatusMixChart rounds={rounds} mixByRound={mixByRound} compared={compared} title={`${theme.name}: status mix per round`} />
            )}
          </div>
        </section>

        <section aria-labelledby="changes-heading" className="print-avoid-break min-w-0">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="changes-heading" className="text-lg font-semibold">
              What changed
            </h2>
            <ExportLinks links={[{ href: csv("changes"), label: "Download these changes" }]} />
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {compared
              ? `At ${compared.at.title} (${formatDay(compared.at.startDate)}), compared with ${compared.against ? `${compared.against.title} (${formatDay(compared.against.startDate)})` : "no earlier round in view"}.`
              : "No rounds match these filters."}
          </p>
          <div className="mt-2">
            {/* Capped on screen so a large theme's page stays light; the CSV has them all. */}
            <ChangesList changes={changes.slice(0, CHANGES_SHOWN)} />
            {changes.length > CHANGES_SHOWN ? (
              <p className="mt-2 text-sm text-slate-700">
                Showing {CHANGES_SHOWN} of {changes.length} changes; download the CSV for all of them.
              </p>
            ) : null}
          </div>
        </section>
      </div>

      <section aria-labelledby="open-heading" className="print-avoid-break mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-heading" className="text-lg font-semibold">
            Longest open
          </h2>
          <ExportLinks links={[{ href: csv("longest-open"), label: "Download all" }]} />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          Concerns never resolved at any round in view, oldest first; rounds and years are counted from when each was first raised to the latest round.
        </p>
        <div className="mt-2">
          <LongestOpenTable concerns={longestOpen} />
        </div>
      </section>

      <section aria-labelledby="cases-heading" className="print-avoid-break mt-8">
        <h2 id="cases-heading" className="text-lg font-semibold">Individual cases</h2>
        <ThemeCases cases={cases} latest={compared?.at} previous={compared?.against ?? undefined} themeId={theme.id} />
      </section>
    </>
  );
}
