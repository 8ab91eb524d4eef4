import { openApiDocument } from "@/lib/api/openapi";
import { authorizedRoute } from "@/lib/auth/authorized";

/** GET: the OpenAPI 3.1 document of the read API, made from the schemas the routes validate with. */
export const GET = authorizedRoute("VIEWER", async (request) => Response.json(openApiDocument(new URL(request.url).origin)));
