import { parseQuery } from "@/lib/api/query";
import { authorizedRoute } from "@/lib/auth/authorized";
import { briefingFile } from "@/lib/briefing/file";
import { briefingQuery } from "@/lib/validation/briefing";

/** GET ?format=docx|pdf&themes=<slugs>&round=<id>|next&include=<parts>: the briefing as a file. */
export const GET = authorizedRoute("VIEWER", async (request, user) => {
  const query = parseQuery(briefingQuery, new URL(request.url));
  if (!query.ok) return query.response;
  const file = await briefingFile(query.value, user);
  return new Response(file.bytes, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
