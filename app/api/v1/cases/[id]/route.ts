import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { getCase } from "@/lib/data/cases";
import { parseId } from "@/lib/domain/params";

/** GET: one case with its situations, rounds and concerns, as the reader may see it (JSON). */
export const GET = authorizedRoute("VIEWER", async (_request, user, context) => {
  const { id } = await context.params;
  const caseId = parseId(typeof id === "string" ? id : undefined);
  if (caseId === null) return jsonError(400, "VALIDATION", "A case id is a positive whole number.");
  const found = await getCase(caseId, user);
  if (!found) return jsonError(404, "NOT_FOUND", "This case no longer exists; it may have been deleted.");
  return Response.json(found, { headers: { "cache-control": "private, no-store" } });
});
