import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { dashboardExportRows } from "@/lib/data/dashboard-export";
import { csvFileName, csvResponse } from "@/lib/domain/csv";
import { isoDay } from "@/lib/domain/format";
import { parseDashboardFilters, searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET with the dashboard filters: every theme's figures as a CSV file. */
export const GET = authorizedRoute("VIEWER", async (request) => {
  const url = new URL(request.url);
  const { filters, errors } = parseDashboardFilters(searchParamsToRecord(url.searchParams));
  if (Object.keys(errors).length) return jsonError(400, "VALIDATION", "Some filters are not valid.", errors);
  return csvResponse(csvFileName("dashboard", isoDay(new Date())), await dashboardExportRows(filters));
});
