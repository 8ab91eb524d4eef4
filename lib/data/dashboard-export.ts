import "server-only";
import { getDashboardOverview, listRoundsInView } from "@/lib/data/dashboard";
import { getStatusMixByRound, getThemeMatrix, listChanges, listLongestOpen, type ThemeHeader } from "@/lib/data/theme-dashboard";
import { db } from "@/lib/db";
import type { CsvValue } from "@/lib/domain/csv";
import type { ThemeExport } from "@/lib/domain/export-file";
import { isoDay } from "@/lib/domain/format";
import { comparedRounds, roundShortLabel } from "@/lib/domain/dashboard";
import { CHANGE_INFO, CHANGES } from "@/lib/domain/changes";
import { STATUS_INFO, STATUSES } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";
import { describeFilters, filterFileParts, type DashboardFilters } from "@/lib/validation/dashboard";

// The rows of each CSV export: the same data functions as the pages, so a
// download always matches the screen it was taken from (but is never paginated).

type Rows = CsvValue[][];
const label = (status: Status | null) => (status ? STATUS_INFO[status].label : "");

/**
 * The filters as a download states them: the page's filters in words and the
 * two rounds compared (the changes follow them), and the same in the file name.
 */
export async function exportFilters(filters: DashboardFilters): Promise<{ filters: string; fileParts: string[] }> {
  const compared = comparedRounds(await listRoundsInView(filters), filters);
  const words = describeFilters(filters, (s) => STATUS_INFO[s].label.toLowerCase());
  const comparison = compared?.against ? `; changes at ${compared.at.title} against ${compared.against.title}` : compared ? `; changes at ${compared.at.title}` : "";
  const parts = filterFileParts(filters);
  if (filters.at || filters.against) parts.push(`changes-${compared ? roundShortLabel(compared.at) : ""}-vs-${compared?.against ? roundShortLabel(compared.against) : "none"}`);
  return { filters: words + comparison, fileParts: parts };
}

/** What each list holds, as its file states it after the theme's name. */
export const THEME_EXPORT_TITLES: Record<ThemeExport, string> = {
  matrix: "status at each round",
  evidence: "every quote behind the statuses",
  mix: "status mix at each round",
  changes: "changes between the compared rounds",
  "longest-open": "concerns open longest",
};

/** Id columns whose records have a page: the download gives each its URL. */
export const EXPORT_LINKS: Record<string, string> = { "Concern ID": "/concerns/", "Round ID": "/rounds/", "Document ID": "/documents/" };

export async function themeExportRows(theme: ThemeHeader, list: ThemeExport, filters: DashboardFilters): Promise<Rows> {
  if (list === "matrix") {
    const [rounds, matrix] = await Promise.all([listRoundsInView(filters), getThemeMatrix(theme.id, filters, null)]);
    return [
      ["Concern ID", "Concern", "Current status", ...rounds.map((r) => `${roundShortLabel(r)} ${r.startDate}`)],
      ...matrix.rows.map((row) => [row.concernId, row.title, label(row.current), ...rounds.map((r) => label(row.cells.get(r.id)?.status ?? null))]),
    ];
  }
  if (list === "evidence") {
    const rounds = await listRoundsInView(filters);
    const pieces = await db.statusEvidence.findMany({
      where: { status: { roundId: { in: rounds.map((r) => r.id) }, concern: { themeId: theme.id, mergedIntoId: null } } },
      orderBy: [{ status: { concern: { title: "asc" } } }, { status: { round: { startDate: "asc" } } }, { id: "asc" }],
      select: {
        quote: true, translation: true,
        document: { select: { id: true, title: true, url: true, language: true } },
        status: { select: { status: true, concern: { select: { id: true, title: true } }, round: { select: { id: true, title: true, startDate: true } } } },
      },
    });
    return [
      ["Concern ID", "Concern", "Round ID", "Round", "Round date", "Status", "Quote", "Language", "Translation", "Document ID", "Document", "Document's own URL"],
      ...pieces.map(({ status: s, document: d, quote, translation }) => [
        s.concern.id, s.concern.title, s.round.id, s.round.title, isoDay(s.round.startDate), label(s.status), quote, d.language, translation, d.id, d.title, d.url ?? "",
      ]),
    ];
  }
  if (list === "mix") {
    const [rounds, mix] = await Promise.all([listRoundsInView(filters), getStatusMixByRound(theme.id, filters)]);
    return [
      ["Round", "Date", ...STATUSES.map((s) => STATUS_INFO[s].label), "Total"],
      ...rounds.map((r) => {
        const m = mix.get(r.id);
        return [r.title, r.startDate, ...STATUSES.map((s) => m?.counts[s] ?? 0), m?.total ?? 0];
      }),
    ];
  }
  if (list === "changes") {
    const changes = await listChanges(theme.id, filters);
    return [
      ["Concern ID", "Concern", "Change", "From", "To"],
      ...changes.map((c) => [c.concernId, c.title, CHANGE_INFO[c.change].label, label(c.from) || "No record", label(c.to) || "No record"]),
    ];
  }
  const open = await listLongestOpen(theme.id, filters, null);
  return [
    ["Concern ID", "Concern", "First raised on", "First raised at", "Rounds", "Years", "Current status"],
    ...open.map((o) => [o.concernId, o.title, o.firstRaisedOn, o.firstRaisedRoundTitle, o.rounds, o.years, label(o.current)]),
  ];
}

export async function dashboardExportRows(filters: DashboardFilters): Promise<Rows> {
  const overview = await getDashboardOverview(filters);
  const { compared } = overview;
  const between = compared ? `${compared.against ? `${compared.against.title} to ` : ""}${compared.at.title}` : "";
  const header = [
    "Theme",
    "Concerns",
    ...STATUSES.map((s) => `Now ${STATUS_INFO[s].label.toLowerCase()}`),
    "No record",
    ...CHANGES.map((c) => `${CHANGE_INFO[c].label}, ${between}`),
  ];
  const line = (name: string, t: (typeof overview)["totals"]): CsvValue[] => [
    name,
    t.concernCount,
    ...STATUSES.map((s) => t.mix.counts[s]),
    t.mix.noRecord,
    ...CHANGES.map((c) => t.changes[c]),
  ];
  return [header, ...overview.themes.map((t) => line(t.name, t)), line("All themes", overview.totals)];
}
