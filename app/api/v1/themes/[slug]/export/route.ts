import { themeExportQuery } from "@/lib/api/endpoints";
import { parseDashboardExport } from "@/lib/api/routes";
import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { EXPORT_LINKS, exportFilters, THEME_EXPORT_TITLES, themeExportRows } from "@/lib/data/dashboard-export";
import { getThemeBySlug } from "@/lib/data/theme-dashboard";
import { exportResponse } from "@/lib/exports";

/** GET ?list=matrix|evidence|mix|changes|longest-open&format=csv|json|xlsx plus the dashboard filters: a file. */
export const GET = authorizedRoute("VIEWER", async (request, _user, context) => {
  const { slug } = await context.params;
  const url = new URL(request.url);
  const parsed = await parseDashboardExport(themeExportQuery, url);
  if (!parsed.ok) return parsed.response;
  const { query, filters } = parsed.value;
  const theme = await getThemeBySlug(String(slug));
  if (!theme) return jsonError(404, "NOT_FOUND", "There is no theme at this address.");
  const [columns, ...rows] = await themeExportRows(theme, query.list, filters);
  const described = await exportFilters(filters);
  return exportResponse(
    {
      title: `${theme.name}: ${THEME_EXPORT_TITLES[query.list]}`,
      filters: described.filters,
      fileParts: [theme.slug, query.list, ...described.fileParts],
      columns: columns!.map(String),
      rows,
      links: EXPORT_LINKS,
    },
    query.format,
    url,
  );
});
