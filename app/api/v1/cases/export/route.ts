import { authorizedRoute } from "@/lib/auth/authorized";
import { parseCaseFilters } from "@/lib/data/cases";
import { caseExportRows } from "@/lib/data/cases-export";
import { csvFileName, csvResponse } from "@/lib/domain/csv";
import { isoDay } from "@/lib/domain/format";
import { searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET with the list's filters: the cases on screen as a CSV file (sensitive ones as their label for viewers). */
export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const filters = parseCaseFilters(searchParamsToRecord(new URL(request.url).searchParams));
  return csvResponse(csvFileName("cases", isoDay(new Date())), await caseExportRows(filters, user));
});
