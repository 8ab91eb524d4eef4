import { dashboardExportQuery } from "@/lib/api/endpoints";
import { parseDashboardExport } from "@/lib/api/routes";
import { authorizedRoute } from "@/lib/auth/authorized";
import { dashboardExportRows, exportFilters } from "@/lib/data/dashboard-export";
import { exportResponse } from "@/lib/exports";

/** GET with the dashboard filters and ?format=csv|json|xlsx: every theme's figures as a file. */
export const GET = authorizedRoute("VIEWER", async (request) => {
  const url = new URL(request.url);
  const parsed = await parseDashboardExport(dashboardExportQuery, url);
  if (!parsed.ok) return parsed.response;
  const { query, filters } = parsed.value;
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
    query.format,
    url,
  );
});
