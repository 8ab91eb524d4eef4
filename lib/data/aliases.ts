import "server-only";
import { db } from "@/lib/db";

export type AliasRow = { id: number; term: string; language: string };

/** A concern's aliases, grouped by language for reading. */
export async function listAliases(concernId: number): Promise<AliasRow[]> {
  return db.concernAlias.findMany({
    where: { concernId },
    orderBy: [{ language: "asc" }, { termKey: "asc" }],
    select: { id: true, term: true, language: true },
  });
}
