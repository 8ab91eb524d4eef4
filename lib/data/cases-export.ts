import "server-only";
import { type CaseFilters, listCases, type Reader } from "@/lib/data/cases";
import { CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import type { ExportTable } from "@/lib/domain/export-file";
import { formatPartialDate } from "@/lib/domain/format";

/** Which filters a file was taken with, in words and as file-name parts. */
function describe(filters: CaseFilters): { words: string; parts: string[] } {
  const words = [
    filters.situation ? `current situation ${CASE_SITUATION_LABELS[filters.situation].toLowerCase()}` : "",
    filters.themeId ? `theme ${filters.themeId}` : "",
    filters.roundId ? `raised at round ${filters.roundId}` : "",
    filters.q ? `text “${filters.q}”` : "",
  ].filter(Boolean);
  const parts = [filters.situation?.toLowerCase() ?? "", filters.themeId ? `theme-${filters.themeId}` : "", filters.roundId ? `round-${filters.roundId}` : ""];
  return { words: words.join("; ") || "none", parts: parts.filter(Boolean) };
}

/** The case list as an export table: the same rows, and the same confidentiality, as the page. */
export async function caseExportRows(filters: CaseFilters, reader: Reader): Promise<ExportTable> {
  const rows = await listCases(filters, reader);
  const { words, parts } = describe(filters);
  return {
    title: "individual cases",
    filters: words,
    fileParts: ["cases", ...parts],
    columns: ["Case ID", "Name or label", "Current situation", "As of", "Themes", "Raised at", "Rounds since first raised", "Rounds since the situation changed"],
    links: { "Case ID": "/cases/" },
    rows: rows.map((r) => [
      r.id,
      r.name,
      r.situation ? CASE_SITUATION_LABELS[r.situation] : "",
      r.situationAsOf && r.situationPrecision ? formatPartialDate(r.situationAsOf, r.situationPrecision) : "",
      r.themes.join("; "),
      r.rounds.map((round) => round.title).join("; "),
      r.roundsSinceFirstRaised,
      r.roundsSinceChange,
    ]),
  };
}
