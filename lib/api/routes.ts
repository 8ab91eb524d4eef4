import "server-only";
import type { z } from "zod";
import { problemResponse } from "@/lib/api/problem";
import type { dashboardExportQuery } from "@/lib/api/endpoints";
import { page, parsePathId, parseQuery, type QueryResult } from "@/lib/api/query";
import { authorizedRoute, type RouteHandler } from "@/lib/auth/authorized";
import type { SessionUser } from "@/lib/auth/session";
import { checkCompare } from "@/lib/data/dashboard";
import { dashboardFiltersOf, type DashboardFilters, type ParsedFilters } from "@/lib/validation/dashboard";

// The read API's two kinds of GET: a paged list and one record. Both are open to
// every logged-in role (and API token), and give the fetch the reader, whose
// rights decide what it may see (a sensitive case's identity).

const json = (body: unknown) => Response.json(body, { headers: { "cache-control": "private, no-store" } });

export function listRoute<S extends z.ZodObject & { _zod: { output: { limit: number } } }>(
  schema: S,
  fetch: (query: z.output<S>, origin: string, reader: SessionUser) => Promise<{ id: number }[]>,
): RouteHandler {
  return authorizedRoute("VIEWER", async (request, user) => {
    const url = new URL(request.url);
    const query = parseQuery(schema, url);
    if (!query.ok) return query.response;
    return json(page(await fetch(query.value, url.origin, user), query.value.limit, url));
  });
}

export function recordRoute(
  what: string,
  fetch: (id: number, origin: string, reader: SessionUser) => Promise<unknown>,
  notFound = (id: number) => `There is no ${what} ${id}; it may have been deleted or merged.`,
): RouteHandler {
  return authorizedRoute("VIEWER", async (request, user, context) => {
    const url = new URL(request.url);
    if (url.search) return problemResponse(400, "VALIDATION", `This endpoint takes no parameters; remove ${[...url.searchParams.keys()].join(", ")}.`);
    const id = parsePathId((await context.params).id, `The ${what} id`);
    if (!id.ok) return id.response;
    const record = await fetch(id.value, url.origin, user);
    if (!record) return problemResponse(404, "NOT_FOUND", notFound(id.value));
    return json(record);
  });
}

/** A download's query with the dashboard filters, the compared rounds (at, against) checked against the rounds in view. */
export async function parseDashboardExport<S extends typeof dashboardExportQuery>(
  schema: S,
  url: URL,
): Promise<QueryResult<{ query: z.output<S>; filters: DashboardFilters }>> {
  const query = parseQuery(schema, url);
  if (!query.ok) return query;
  const { filters, errors } = await checkCompare({ filters: dashboardFiltersOf(query.value), errors: {} as ParsedFilters["errors"] });
  if (errors.compare) {
    const names = (["at", "against"] as const).filter((name) => query.value[name] !== undefined);
    const detail = `Some parameters are not valid: ${names.join(", ")}.`;
    return { ok: false, response: problemResponse(400, "VALIDATION", detail, Object.fromEntries(names.map((n) => [n, [errors.compare!]]))) };
  }
  return { ok: true, value: { query: query.value, filters } };
}
