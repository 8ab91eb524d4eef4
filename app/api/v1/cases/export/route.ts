import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { parseCaseFilters } from "@/lib/data/cases";
import { caseExportRows } from "@/lib/data/cases-export";
import { EXPORT_FORMAT_ERROR, parseExportFormat } from "@/lib/domain/export-file";
import { exportResponse } from "@/lib/exports";
import { searchParamsToRecord } from "@/lib/validation/dashboard";

/**
 * GET with the list's filters and ?format=csv|json|xlsx: the cases on screen as
 * a file, sensitive ones as their label for viewers (the same rows as the page).
 */
export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const url = new URL(request.url);
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!format) return jsonError(400, "VALIDATION", EXPORT_FORMAT_ERROR);
  return exportResponse(await caseExportRows(parseCaseFilters(searchParamsToRecord(url.searchParams)), user), format, url);
});
