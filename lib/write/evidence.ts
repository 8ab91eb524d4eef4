import "server-only";
import { revalidatePath } from "next/cache";
import { quoteOccursIn } from "@/lib/domain/quote";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export const STATUS_FIELDS = { id: true, concernId: true, roundId: true, status: true, note: true, authorId: true, version: true } as const;
export const EVIDENCE_FIELDS = { id: true, statusId: true, documentId: true, quote: true, translation: true } as const;

/** A status as the audit log records it: its fields and every piece of its evidence. */
export const STATUS_SNAPSHOT = {
  ...STATUS_FIELDS,
  evidence: { select: { id: true, documentId: true, quote: true, translation: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.StatusAssessmentSelect;

export type EvidencePiece = { quote: string; documentId: number; translation: string };

type NewStatus = Pick<Prisma.StatusAssessmentUncheckedCreateInput, "concernId" | "roundId" | "status" | "note" | "authorId">;

/**
 * Inserts a status with its (checked) evidence and returns it as STATUS_SNAPSHOT
 * reads it, for the audit log: each insert returns its own row, where a nested
 * create selecting the snapshot also read both back.
 */
export async function createStatus(tx: Prisma.TransactionClient, data: NewStatus, evidence: EvidencePiece[]) {
  const row = await tx.statusAssessment.create({ data, select: STATUS_FIELDS });
  const pieces = evidence.length
    ? await tx.statusEvidence.createManyAndReturn({ data: evidence.map((piece) => ({ ...piece, statusId: row.id })), select: STATUS_SNAPSHOT.evidence.select })
    : [];
  return { ...row, evidence: pieces.sort((a, b) => a.id - b.id) };
}

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Please correct the highlighted fields.", { [field]: [message] });

/**
 * Checks pieces of evidence for a status (or a case raised) at a round, or for a
 * case's situation (roundId null): each quote must occur in its
 * document's text, and the document must report on that round (a 2013 press
 * release cannot prove a status in 2020).
 *
 * The documents are locked FOR SHARE, in id order, before they are read, and
 * stay locked until the transaction ends: a concurrent edit of a document
 * (which takes the row FOR UPDATE, see lockDocumentForEdit) either finishes
 * first, and this check reads its text and rounds, or waits, and then finds
 * this evidence when it checks its own change. Either way no status ends up
 * quoting a passage its document no longer has.
 */
export async function checkedEvidence(tx: Prisma.TransactionClient, roundId: number | null, pieces: EvidencePiece[]): Promise<EvidencePiece[]> {
  const ids = [...new Set(pieces.map((p) => p.documentId))].sort((a, b) => a - b);
  if (ids.length === 0) return [];
  await tx.$queryRaw`SELECT id FROM source_documents WHERE id = ANY(${ids}::int[]) ORDER BY id FOR SHARE`;
  // A new statement, so a new snapshot: it sees whatever the edit we may have waited for committed.
  const documents = await tx.sourceDocument.findMany({
    where: { id: { in: ids } },
    // A case's situation is about a date, not a round: any stored document may prove it (roundId null).
    select: { id: true, title: true, text: true, rounds: { where: { roundId: roundId ?? undefined }, select: { roundId: true } } },
  });
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const piece of pieces) {
    const document = byId.get(piece.documentId);
    if (!document) throw invalid("documentId", "The chosen document no longer exists.");
    if (roundId !== null && document.rounds.length === 0) {
      throw invalid("documentId", `“${document.title}” does not report on this round. Choose a document about this round, or add the round to the document first.`);
    }
    if (!quoteOccursIn(piece.quote, document.text)) {
      throw invalid("quote", `This passage does not occur in “${document.title}”. Copy it exactly from the document (spacing and quote marks may differ).`);
    }
  }
  return pieces;
}

/**
 * Locks a document against concurrent evidence checks before it is edited or
 * deleted, and returns whether it exists. See checkedEvidence.
 */
export async function lockDocumentForEdit(tx: Prisma.TransactionClient, id: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM source_documents WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}

/**
 * Checks that the round exists and the concern (when given) is one a status may
 * be recorded on, locking both FOR SHARE: a concurrent merge (which takes the
 * concern FOR UPDATE) or round deletion waits for this write, or is seen by it.
 */
export async function assertConcernAndRound(tx: Prisma.TransactionClient, concernId: number | null, roundId: number) {
  const round = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM rounds WHERE id = ${roundId} FOR SHARE`;
  if (round.length === 0) throw invalid("roundId", "The chosen round no longer exists.");
  if (concernId === null) return;
  const [concern] = await tx.$queryRaw<{ merged_into_id: number | null }[]>`SELECT merged_into_id FROM concerns WHERE id = ${concernId} FOR SHARE`;
  if (!concern) throw invalid("concernId", "The chosen concern no longer exists.");
  if (concern.merged_into_id) throw invalid("concernId", "This concern was merged into another; record the status on that one.");
}

/** Locks concerns for a merge or delete, in id order, so status writes on them wait or are seen. */
export async function lockConcernsForEdit(tx: Prisma.TransactionClient, ids: number[]) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.$queryRaw`SELECT id FROM concerns WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR UPDATE`;
}

/** The pages that show a status: its concern, its round, the concern list and the documents it quotes. */
export function revalidateStatus(concernId: number, roundId: number, documentIds: number[] = []) {
  revalidatePath(`/concerns/${concernId}`);
  revalidatePath(`/rounds/${roundId}`);
  revalidatePath("/concerns");
  for (const id of new Set(documentIds)) revalidatePath(`/documents/${id}`, "layout");
}

/**
 * The passages of a document that cases quote (situations, rounds a case was
 * raised at, handed-over lists), each named for the analyst, with the round it
 * proves (null for a situation, which is about a date). A document edit checks
 * these as it checks status evidence, under the same lock.
 */
export async function caseQuotesOf(tx: Prisma.TransactionClient, documentId: number) {
  const [situations, rounds, lists] = await Promise.all([
    tx.caseSituationEvidence.findMany({ where: { documentId }, select: { quote: true, situation: { select: { case: { select: { personName: true } } } } } }),
    tx.caseRoundEvidence.findMany({
      where: { documentId },
      select: { quote: true, roundId: true, caseRound: { select: { case: { select: { personName: true } }, round: { select: { title: true } } } } },
    }),
    tx.handedOverList.findMany({ where: { documentId }, select: { quote: true, roundId: true, round: { select: { title: true } } } }),
  ]);
  return [
    ...situations.map((e) => ({ quote: e.quote, roundId: null, label: `situation of ${e.situation.case.personName}` })),
    ...rounds.map((e) => ({ quote: e.quote, roundId: e.roundId, label: `${e.caseRound.case.personName} raised at ${e.caseRound.round.title}` })),
    ...lists.map((e) => ({ quote: e.quote, roundId: e.roundId, label: `list handed over at ${e.round.title}` })),
  ];
}
