import { authorizedRoute, jsonError } from "@/lib/auth/authorized";
import { getStatusQuote } from "@/lib/data/statuses";
import { parseId } from "@/lib/domain/params";

/** GET: one recorded status with its quote, for the dashboard matrix's popover (JSON). */
export const GET = authorizedRoute("VIEWER", async (_request, user, context) => {
  const { id } = await context.params;
  const statusId = parseId(typeof id === "string" ? id : undefined);
  if (statusId === null) return jsonError(400, "VALIDATION", "A status id is a positive whole number.");
  const status = await getStatusQuote(statusId, user);
  if (!status) return jsonError(404, "NOT_FOUND", "This status no longer exists; it may have been deleted.");
  return Response.json(status, { headers: { "cache-control": "private, no-store" } });
});
