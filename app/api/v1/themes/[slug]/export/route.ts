import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { checkCompare } from "@/lib/data/dashboard";
import { EXPORT_LINKS, exportFilters, THEME_EXPORT_TITLES, THEME_EXPORTS, themeExportRows, type ThemeExport } from "@/lib/data/dashboard-export";
import { getThemeBySlug } from "@/lib/data/theme-dashboard";
import { EXPORT_FORMAT_ERROR, parseExportFormat } from "@/lib/domain/export-file";
import { exportResponse } from "@/lib/exports";
import { parseDashboardFilters, searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET ?list=matrix|evidence|mix|changes|longest-open&format=csv|json|xlsx plus the dashboard filters: a file. */
export const GET = authorizedRoute("VIEWER", async (request, _user, context) => {
  const { slug } = await context.params;
  const url = new URL(request.url);
  const list = url.searchParams.get("list") ?? "matrix";
  if (!(THEME_EXPORTS as readonly string[]).includes(list)) {
    return jsonError(400, "VALIDATION", `Unknown list; use one of: ${THEME_EXPORTS.join(", ")}.`);
  }
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!format) return jsonError(400, "VALIDATION", EXPORT_FORMAT_ERROR);
  const { filters, errors } = await checkCompare(parseDashboardFilters(searchParamsToRecord(url.searchParams)));
  if (Object.keys(errors).length) return jsonError(400, "VALIDATION", "Some filters are not valid.", errors);
  const theme = await getThemeBySlug(String(slug));
  if (!theme) return jsonError(404, "NOT_FOUND", "There is no theme at this address.");
  const [columns, ...rows] = await themeExportRows(theme, list as ThemeExport, filters);
  const described = await exportFilters(filters);
  return exportResponse(
    {
      title: `${theme.name}: ${THEME_EXPORT_TITLES[list as ThemeExport]}`,
      filters: described.filters,
      fileParts: [theme.slug, list, ...described.fileParts],
      columns: columns!.map(String),
      rows,
      links: EXPORT_LINKS,
    },
    format,
    url,
  );
});
