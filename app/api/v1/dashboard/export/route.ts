import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { checkCompare } from "@/lib/data/dashboard";
import { dashboardExportRows, exportFilters } from "@/lib/data/dashboard-export";
import { EXPORT_FORMAT_ERROR, parseExportFormat } from "@/lib/domain/export-file";
import { exportResponse } from "@/lib/exports";
import { parseDashboardFilters, searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET with the dashboard filters and ?format=csv|json|xlsx: every theme's figures as a file. */
export const GET = authorizedRoute("VIEWER", async (request) => {
  const url = new URL(request.url);
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!format) return jsonError(400, "VALIDATION", EXPORT_FORMAT_ERROR);
  const { filters, errors } = await checkCompare(parseDashboardFilters(searchParamsToRecord(url.searchParams)));
  if (Object.keys(errors).length) return jsonError(400, "VALIDATION", "Some filters are not valid.", errors);
  const [columns, ...rows] = await dashboardExportRows(filters);
  const described = await exportFilters(filters);
  return exportResponse(
    {
      title: "figures of every theme",
      filters: described.filters,
      fileParts: ["dashboard", ...described.fileParts],
      columns: columns!.map(String),
      rows,
    },
    format,
    url,
  );
});
