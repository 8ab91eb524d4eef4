import "server-only";
import type { z } from "zod";
import { problemResponse } from "@/lib/api/problem";
import { page, parsePathId, parseQuery } from "@/lib/api/query";
import { authorizedRoute, type RouteHandler } from "@/lib/auth/authorized";

// The read API's two kinds of GET: a paged list and one record. Both are open to
// every logged-in role (and API token) with the user's read rights.

const json = (body: unknown) => Response.json(body, { headers: { "cache-control": "private, no-store" } });

export function listRoute<S extends z.ZodObject & { _zod: { output: { limit: number } } }>(
  schema: S,
  fetch: (query: z.output<S>, origin: string) => Promise<{ id: number }[]>,
): RouteHandler {
  return authorizedRoute("VIEWER", async (request) => {
    const url = new URL(request.url);
    const query = parseQuery(schema, url);
    if (!query.ok) return query.response;
    return json(page(await fetch(query.value, url.origin), query.value.limit, url));
  });
}

export function recordRoute(what: string, fetch: (id: number, origin: string) => Promise<unknown>): RouteHandler {
  return authorizedRoute("VIEWER", async (request, _user, context) => {
    const url = new URL(request.url);
    if (url.search) return problemResponse(400, "VALIDATION", `This endpoint takes no parameters; remove ${[...url.searchParams.keys()].join(", ")}.`);
    const id = parsePathId((await context.params).id, `The ${what} id`);
    if (!id.ok) return id.response;
    const record = await fetch(id.value, url.origin);
    if (!record) return problemResponse(404, "NOT_FOUND", `There is no ${what} ${id.value}; it may have been deleted or merged.`);
    return json(record);
  });
}
