import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { THEME_EXPORTS, themeExportRows, type ThemeExport } from "@/lib/data/dashboard-export";
import { getThemeBySlug } from "@/lib/data/theme-dashboard";
import { csvFileName, csvResponse } from "@/lib/domain/csv";
import { isoDay } from "@/lib/domain/format";
import { parseDashboardFilters, searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET ?list=matrix|mix|changes|longest-open plus the dashboard filters: a CSV file. */
export const GET = authorizedRoute("VIEWER", async (request, _user, context) => {
  const { slug } = await context.params;
  const url = new URL(request.url);
  const list = url.searchParams.get("list") ?? "matrix";
  if (!(THEME_EXPORTS as readonly string[]).includes(list)) {
    return jsonError(400, "VALIDATION", `Unknown list; use one of: ${THEME_EXPORTS.join(", ")}.`);
  }
  const { filters, errors } = parseDashboardFilters(searchParamsToRecord(url.searchParams));
  if (Object.keys(errors).length) return jsonError(400, "VALIDATION", "Some filters are not valid.", errors);
  const theme = await getThemeBySlug(String(slug));
  if (!theme) return jsonError(404, "NOT_FOUND", "There is no theme at this address.");
  const rows = await themeExportRows(theme, list as ThemeExport, filters);
  return csvResponse(csvFileName(theme.slug, list, isoDay(new Date())), rows);
});
