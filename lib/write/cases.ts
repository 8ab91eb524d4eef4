import "server-only";
// Helpers of the case actions (lib/actions/cases.ts), kept outside lib/actions, which holds only actions.
import { revalidatePath } from "next/cache";
import { caseLabel, CASE_SITUATION_LABELS } from "@/lib/domain/cases";
import type { PartialDate } from "@/lib/domain/dates";
import type { CaseSituation } from "@/lib/generated/prisma/enums";
import { formatPartialDate } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertConcernAndRound, checkedEvidence } from "@/lib/write/evidence";
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

/**
 * Refuses a name that another case already carries in some spelling ("Bokayev",
 * "Бокаев"), unless the analyst ticked that this is someone else.
 */
export async function refuseLikelyDuplicate(tx: Prisma.TransactionClient, nameKeys: string[], allowDuplicate: boolean, excludeId?: number) {
  if (allowDuplicate || nameKeys.length === 0) return;
  const similar = await tx.individualCase.findMany({
    where: { mergedIntoId: null, nameKeys: { hasSome: nameKeys }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, personName: true },
    orderBy: { id: "asc" },
    take: 5,
  });
  if (similar.length === 0) return;
  throw invalid(
    "personName",
    `A case with a similar name exists: ${similar.map((c) => `${c.personName} (${caseLabel(c.id)})`).join("; ")}. ` +
      "Record this there, or tick “This is a different person” to save anyway.",
  );
}

type Quoted = { quote: string | null; documentId: number | null; translation: string };
const pieceOf = (input: Quoted) => [{ quote: input.quote!, documentId: input.documentId!, translation: input.translation }];

/** Adds a situation, its quote checked against its document (any document: a situation is about a date). Returns its id. */
export async function recordSituation(
  tx: Prisma.TransactionClient,
  caseId: number,
  input: Quoted & { situation: CaseSituation; asOf: PartialDate | null; note: string },
) {
  const evidence = await checkedEvidence(tx, null, pieceOf(input));
  const row = await tx.caseSituationRecord.create({
    data: { caseId, situation: input.situation, asOf: input.asOf!.date, asOfPrecision: input.asOf!.precision, note: input.note, evidence: { create: evidence } },
    select: { id: true },
  });
  return row.id;
}

/**
 * Records that the case was raised at a round, its quote checked against a
 * document about that round; already recorded there, the quote is added as
 * another source. Returns whether the round is new to the case.
 */
export async function recordCaseRound(tx: Prisma.TransactionClient, caseId: number, input: Quoted & { roundId: number; note: string }) {
  const { roundId, note } = input;
  await assertConcernAndRound(tx, null, roundId);
  const evidence = await checkedEvidence(tx, roundId, pieceOf(input));
  const existing = await tx.caseRound.count({ where: { caseId, roundId } });
  await tx.caseRound.upsert({
    where: { caseId_roundId: { caseId, roundId } },
    create: { caseId, roundId, note, evidence: { create: evidence } },
    update: { ...(note ? { note } : {}), evidence: { create: evidence } },
  });
  return existing === 0;
}
