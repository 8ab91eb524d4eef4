import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { checkCompare } from "@/lib/data/dashboard";
import { dashboardExportRows } from "@/lib/data/dashboard-export";
import { STATUS_INFO } from "@/lib/domain/status";
import { EXPORT_FORMAT_ERROR, parseExportFormat } from "@/lib/domain/export-file";
import { exportResponse } from "@/lib/exports";
import { describeFilters, filterFileParts, parseDashboardFilters, searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET with the dashboard filters and ?format=csv|json|xlsx: every theme's figures as a file. */
export const GET = authorizedRoute("VIEWER", async (request) => {
  const url = new URL(request.url);
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!format) return jsonError(400, "VALIDATION", EXPORT_FORMAT_ERROR);
  const { filters, errors } = await checkCompare(parseDashboardFilters(searchParamsToRecord(url.searchParams)));
  if (Object.keys(errors).length) return jsonError(400, "VALIDATION", "Some filters are not valid.", errors);
  const [columns, ...rows] = await dashboardExportRows(filters);
  return exportResponse(
    {
      title: "figures of every theme",
      filters: describeFilters(filters, (s) => STATUS_INFO[s].label.toLowerCase()),
      fileParts: ["dashboard", ...filterFileParts(filters)],
      columns: columns!.map(String),
      rows,
    },
    format,
    url,
  );
});
