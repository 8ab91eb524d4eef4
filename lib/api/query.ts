import { z } from "zod";
import { problemResponse } from "@/lib/api/problem";
import { CANONICAL_ID, parseId } from "@/lib/domain/params";

// Query parameters of the read API, checked against each endpoint's zod schema
// (the same schema the OpenAPI document is generated from). Strict: a
// parameter the endpoint does not know, or one given twice, is refused with
// a message naming it, never silently ignored. A parameter whose schema is a
// list (kind=A&kind=B, as the dashboard's filter form sends) may repeat.

export const API_LIMIT = { default: 50, max: 200 };

export const limitParam = z.coerce
  .number({ error: "limit must be a whole number from 1 to 200." })
  .int("limit must be a whole number from 1 to 200.")
  .min(1, "limit must be a whole number from 1 to 200.")
  .max(API_LIMIT.max, "limit must be a whole number from 1 to 200.")
  .default(API_LIMIT.default)
  .describe(`How many items per page (1–${API_LIMIT.max}, default ${API_LIMIT.default}).`);

/** An id parameter: canonical digits within int4 (lib/domain/params.ts), or `message`. The pattern also goes into the OpenAPI document. */
export const idParam = (message: string) =>
  z
    .string()
    .regex(CANONICAL_ID, message)
    .transform((value, ctx) => parseId(value) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER));

export const cursorParam = idParam("cursor must be the nextCursor of a previous page.")
  .optional()
  .describe("Where the page starts: the nextCursor of the previous page. Omit it for the first page.");

/** Whether a query parameter takes a list, given by repeating it. */
export function repeatable(field: unknown): boolean {
  let inner = field;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap();
  return inner instanceof z.ZodArray;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Reads `url`'s query with `schema`; a refusal is a 400 problem naming each bad parameter. */
export function parseQuery<S extends z.ZodObject>(schema: S, url: URL): QueryResult<z.output<S>> {
  const raw: Record<string, string | string[]> = {};
  const errors: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (repeatable(schema.shape[key])) raw[key] = values;
    else {
      if (values.length > 1) errors[key] = [`Give ${key} once.`];
      raw[key] = values[0]!;
    }
  }
  const parsed = schema.strict().safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) (errors[key] ??= []).push(`Unknown parameter ${key}; this endpoint takes: ${Object.keys(schema.shape).join(", ")}.`);
      } else {
        const name = String(issue.path[0] ?? "query");
        // A list's items fail one by one: name the parameter once per message.
        if (!errors[name]?.includes(issue.message)) (errors[name] ??= []).push(issue.message);
      }
    }
  }
  if (Object.keys(errors).length || !parsed.success) {
    const names = Object.keys(errors);
    return { ok: false, response: problemResponse(400, "VALIDATION", `Some parameters are not valid: ${names.join(", ")}.`, errors) };
  }
  return { ok: true, value: parsed.data as z.output<S> };
}

/** A path parameter such as a concern's id: a 400 problem unless it is a canonical positive integer. */
export function parsePathId(value: string | string[] | undefined, what: string): QueryResult<number> {
  const parsed = idParam(`${what} must be a positive whole number.`).safeParse(typeof value === "string" ? value : "");
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: problemResponse(400, "VALIDATION", parsed.error.issues[0]!.message, { id: [parsed.error.issues[0]!.message] }) };
}

/** One page of a list, with the cursor of the next one (null on the last page). */
export function page<T extends { id: number }>(rows: T[], limit: number, url: URL) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? String(items.at(-1)!.id) : null;
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = nextUrl.toString();
  }
  return { items, nextCursor, links: { self: url.toString(), next } };
}
