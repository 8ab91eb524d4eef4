import "server-only";
// Helpers of the case actions (lib/actions/cases.ts), kept outside lib/actions, which holds only actions.
import { revalidatePath } from "next/cache";
import { caseLabel, CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import { formatPartialDate } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound, staleVersion } from "@/lib/write/shared";

export const invalid = (field: string, message: string) => new AppError("VALIDATION", "Please correct the highlighted fields.", { [field]: [message] });

/**
 * Locks cases, in id order, for the rest of the transaction. Every case write
 * takes it first, so a merge or delete and a situation added at the same time
 * run one after the other, and the later one sees what the earlier did.
 */
export async function lockCasesForEdit(tx: Prisma.TransactionClient, ids: number[]) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.$queryRaw`SELECT id FROM individual_cases WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR UPDATE`;
}

const quoted = (pieces: { quote: string }[]) => pieces.map((p) => `“${p.quote}”`).join(" ");

/**
 * A case as the audit log records it: its fields, and its situations, rounds and
 * concerns in words, so its history reads without looking anything up.
 */
export async function caseSnapshot(tx: Prisma.TransactionClient, id: number) {
  const row = await tx.individualCase.findUnique({
    where: { id },
    select: {
      id: true, personName: true, spellings: true, summary: true, sensitive: true, mergedIntoId: true, version: true,
      situations: {
        orderBy: [{ asOf: "asc" }, { id: "asc" }],
        select: { situation: true, asOf: true, asOfPrecision: true, note: true, evidence: { orderBy: { id: "asc" }, select: { quote: true } } },
      },
      rounds: {
        orderBy: [{ round: { startDate: "asc" } }, { roundId: "asc" }],
        select: { round: { select: { title: true } }, evidence: { orderBy: { id: "asc" }, select: { quote: true } } },
      },
      concerns: { orderBy: { concernId: "asc" }, select: { concern: { select: { title: true } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    personName: row.personName,
    spellings: row.spellings,
    summary: row.summary,
    sensitive: row.sensitive,
    mergedIntoCase: row.mergedIntoId === null ? null : caseLabel(row.mergedIntoId),
    version: row.version,
    situations: row.situations.map(
      (s) =>
        `${CASE_SITUATION_LABELS[s.situation]} as of ${formatPartialDate(s.asOf, s.asOfPrecision)}: ${quoted(s.evidence)}${s.note ? ` (${s.note})` : ""}`,
    ),
    rounds: row.rounds.map((r) => `${r.round.title}: ${quoted(r.evidence)}`),
    concerns: row.concerns.map((c) => c.concern.title),
  };
}

export type CaseSnapshot = NonNullable<Awaited<ReturnType<typeof caseSnapshot>>>;

/**
 * The start of every change to a case's situations, rounds or concerns: locks
 * the case, checks it is still there and not merged away, and moves its version
 * on from the one the form was opened at (or reports whose change came first).
 * Returns the case as it was, for the audit event.
 */
export async function openCaseForChange(tx: Prisma.TransactionClient, caseId: number, version: number): Promise<CaseSnapshot> {
  await lockCasesForEdit(tx, [caseId]);
  const before = await caseSnapshot(tx, caseId);
  if (!before) throw notFound("case");
  if (before.mergedIntoCase) throw new AppError("CONFLICT", `This case was merged into ${before.mergedIntoCase}; record it there.`);
  const { count } = await tx.individualCase.updateMany({ where: { id: caseId, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw staleVersion("case", before);
  return before;
}

/** The pages that show a case: the list, its page, its concerns' pages and its rounds' pages. */
export function revalidateCase(caseId: number, { concernIds = [], roundIds = [] }: { concernIds?: number[]; roundIds?: number[] } = {}) {
  revalidatePath("/cases");
  revalidatePath(`/cases/${caseId}`);
  for (const id of new Set(concernIds)) revalidatePath(`/concerns/${id}`);
  for (const id of new Set(roundIds)) revalidatePath(`/rounds/${id}`);
}
