import "server-only";
// Helpers of the handed-over list actions (lib/actions/handed-over-lists.ts).
import { revalidatePath } from "next/cache";
import { caseLabel } from "@/lib/domain/cases";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalid } from "@/lib/write/cases";

/**
 * A list as the audit log records it, its cases by id only: the history names them
 * when it is read, as its reader may see them then (a case marked sensitive since
 * shows a viewer only its label).
 */
export async function listSnapshot(tx: Prisma.TransactionClient, id: number) {
  const row = await tx.handedOverList.findUnique({
    where: { id },
    select: {
      id: true, roundId: true, size: true, documentId: true, quote: true, translation: true, version: true,
      cases: { orderBy: { caseId: "asc" }, select: { caseId: true } },
    },
  });
  if (!row) return null;
  const { cases, ...list } = row;
  return { ...list, caseIds: cases.map((c) => c.caseId) };
}

/** Locks a list for an edit or delete (a second edit of it waits) and returns it as it was. */
export async function lockListForEdit(tx: Prisma.TransactionClient, id: number) {
  await tx.$queryRaw`SELECT id FROM handed_over_lists WHERE id = ${id} FOR UPDATE`;
  return listSnapshot(tx, id);
}

/**
 * The cases to put on a list: each must exist and not be merged away. Locked
 * FOR SHARE, so a merge or delete of one (which takes it FOR UPDATE) waits for
 * this write or is seen by it.
 */
export async function checkedListCases(tx: Prisma.TransactionClient, ids: number[]): Promise<number[]> {
  const wanted = [...new Set(ids)].sort((a, b) => a - b);
  if (wanted.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: number; merged_into_id: number | null }[]>`
    SELECT id, merged_into_id FROM individual_cases WHERE id = ANY(${wanted}::int[]) ORDER BY id FOR SHARE`;
  if (rows.length !== wanted.length) throw invalid("caseIds", "One of the chosen cases no longer exists. Reload the page and choose again.");
  const merged = rows.find((r) => r.merged_into_id !== null);
  if (merged) throw invalid("caseIds", `${caseLabel(merged.id)} was merged into ${caseLabel(merged.merged_into_id!)}; choose that one.`);
  return wanted;
}

/** The pages that show a list: its round's page and the pages of the cases on it. */
export function revalidateList(roundId: number, caseIds: number[]) {
  revalidatePath(`/rounds/${roundId}`);
  for (const id of new Set(caseIds)) revalidatePath(`/cases/${id}`);
}
