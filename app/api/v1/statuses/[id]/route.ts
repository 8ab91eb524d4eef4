import { recordRoute } from "@/lib/api/routes";
import { getStatusQuote } from "@/lib/data/statuses";

/** GET: one recorded status with its quotes, for the dashboard matrix's popover (JSON). */
export const GET = recordRoute(
  "status",
  (id, _origin, reader) => getStatusQuote(id, reader),
  // The popover shows this to the reader, who never sees the id.
  () => "This status no longer exists; it may have been deleted.",
);
