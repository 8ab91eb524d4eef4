import { casesExportQuery } from "@/lib/api/endpoints";
import { parseQuery } from "@/lib/api/query";
import { authorizedRoute } from "@/lib/auth/authorized";
import { caseFiltersOf } from "@/lib/data/cases";
import { caseExportRows } from "@/lib/data/cases-export";
import { exportResponse } from "@/lib/exports";

/**
 * GET with the list's filters and ?format=csv|json|xlsx: the cases on screen as
 * a file, sensitive ones as their label for viewers (the same rows as the page).
 */
export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const url = new URL(request.url);
  const query = parseQuery(casesExportQuery, url);
  if (!query.ok) return query.response;
  return exportResponse(await caseExportRows(caseFiltersOf(query.value), user), query.value.format, url);
});
