import "server-only";
import { db } from "@/lib/db";

export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Every token, newest first, with its user; never the hash. */
export function listApiTokens() {
  return db.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
}
