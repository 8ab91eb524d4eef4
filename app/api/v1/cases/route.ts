import { authorizedRoute } from "@/lib/auth/authorized";
import { listCases, parseCaseFilters } from "@/lib/data/cases";
import { searchParamsToRecord } from "@/lib/validation/dashboard";

/** GET with the list's filters: the cases as JSON, as the reader may see them. */
export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const filters = parseCaseFilters(searchParamsToRecord(new URL(request.url).searchParams));
  return Response.json({ cases: await listCases(filters, user) }, { headers: { "cache-control": "private, no-store" } });
});
