import "server-only";
import { type CaseFilters, listCases, type Reader } from "@/lib/data/cases";
import { CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import type { CsvValue } from "@/lib/domain/csv";
import { formatPartialDate } from "@/lib/domain/format";

/** The case list as CSV rows: the same rows, and the same confidentiality, as the page. */
export async function caseExportRows(filters: CaseFilters, reader: Reader): Promise<CsvValue[][]> {
  const rows = await listCases(filters, reader);
  return [
    ["Case", "Name or label", "Current situation", "As of", "Themes", "Raised at", "Rounds since first raised", "Rounds since the situation changed"],
    ...rows.map((r) => [
      r.id,
      r.name,
      r.situation ? CASE_SITUATION_LABELS[r.situation] : "",
      r.situationAsOf && r.situationPrecision ? formatPartialDate(r.situationAsOf, r.situationPrecision) : "",
      r.themes.join("; "),
      r.rounds.map((round) => round.title).join("; "),
      r.roundsSinceFirstRaised,
      r.roundsSinceChange,
    ]),
  ];
}
