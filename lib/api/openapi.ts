import { z } from "zod";
import { ENDPOINTS, type Endpoint } from "@/lib/api/endpoints";
import { repeatable } from "@/lib/api/query";

// The OpenAPI 3.1 document of the read API, generated from the zod schemas the
// routes validate with (lib/api/endpoints.ts). OpenAPI 3.1 uses JSON Schema
// 2020-12, which is what zod writes.

const problem = {
  type: "object",
  description: "Problem details (RFC 9457). `detail` is a plain sentence; `errors` names each bad parameter.",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string", enum: ["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "RATE_LIMITED", "PASSWORD_CHANGE_REQUIRED", "DATABASE_UNAVAILABLE", "INTERNAL"] },
    errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
  },
  required: ["type", "title", "status", "detail", "code"],
};

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  void $schema;
  return rest;
}

function parameters(endpoint: Endpoint) {
  const params: Record<string, unknown>[] = [];
  if (endpoint.pathId) {
    params.push({ name: "id", in: "path", required: true, description: `The ${endpoint.pathId}'s id.`, schema: { type: "string", pattern: "^[1-9][0-9]{0,9}$" } });
  }
  if (endpoint.pathSlug) {
    params.push({ name: "slug", in: "path", required: true, description: `The ${endpoint.pathSlug}'s slug, as in its page's address.`, schema: { type: "string" } });
  }
  for (const [name, schema] of Object.entries(endpoint.query?.shape ?? {})) {
    const field = schema as z.ZodType;
    const { description, ...rest } = jsonSchema(field, "input") as { description?: string };
    // A list is sent by repeating the parameter (kind=A&kind=B): OpenAPI's default form style, exploded.
    params.push({ name, in: "query", required: !field.safeParse(undefined).success, ...(description ? { description } : {}), schema: rest, ...(repeatable(field) ? { style: "form", explode: true } : {}) });
  }
  return params;
}

/** The 200 answer's content: JSON, and for a download each file type (CSV, Excel, Word, PDF). */
function content(endpoint: Endpoint) {
  const files = Object.fromEntries((endpoint.files ?? []).map((type) => [type, { schema: { type: "string", contentMediaType: type } }]));
  return { ...files, ...(endpoint.response ? { "application/json": { schema: jsonSchema(endpoint.response, "output") } } : {}) };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        operationId: endpoint.path.replace(/^\/api\/v1\//, "").replace(/\/\{(id|slug)\}/, "-one").replace(/\W+/g, "-"),
        parameters: parameters(endpoint),
        responses: {
          "200": {
            description: endpoint.files ? `The file, named after what it holds and its filters (Content-Disposition: attachment).` : endpoint.summary,
            content: content(endpoint),
          },
          "400": problemResponse("A parameter is not valid, unknown, or given twice."),
          "401": problemResponse("Not logged in, or the API token is unknown, revoked or its user disabled."),
          "403": problemResponse("The user may not read this, or a token was used for something other than reading."),
          ...(endpoint.pathId || endpoint.pathSlug ? { "404": problemResponse(`No such ${endpoint.pathId ?? endpoint.pathSlug}.`) } : {}),
          "429": problemResponse("Too many requests with this API token; see Retry-After."),
          "503": problemResponse("The database is not reachable; try again in a moment."),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dialogue Tracker read API",
      version: "1",
      description:
        "Read-only access to the record of the EU–Kazakhstan Human Rights Dialogue: themes, concerns with their current status, rounds, source documents and statuses with their verbatim evidence, and the app's downloads (CSV, Excel, JSON; briefings as Word or PDF). Lists are paged with cursors: follow links.next (or send nextCursor as cursor) until it is null. Every item carries the canonical URL of its page.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token an admin created on the API tokens page: read-only, with its user's read rights." },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The browser session of a logged-in user (the cookie is named __Secure-authjs.session-token over HTTPS)." },
      },
      schemas: { Problem: problem },
    },
    paths,
  };
}
