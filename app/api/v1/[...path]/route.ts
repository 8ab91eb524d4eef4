import { authorizedRoute, jsonError } from "@/lib/auth/authorized";

/**
 * GET of a path the API does not have: problem details, as every other API
 * error, rather than the app's HTML 404 page. After the login check, so an
 * anonymous caller learns nothing about which paths exist.
 */
export const GET = authorizedRoute("VIEWER", async (request) =>
  jsonError(404, "NOT_FOUND", `The API has no ${new URL(request.url).pathname}. Its endpoints are listed in /api/v1/openapi.json.`),
);
