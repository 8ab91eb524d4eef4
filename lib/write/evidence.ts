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
type StatusRow = Prisma.StatusAssessmentGetPayload<{ select: typeof STATUS_SNAPSHOT }>;

/**
 * Inserts a status with its (checked) evidence and its audit event (its author
 * the actor, the event recordAudit would write: the status as STATUS_SNAPSHOT
 * reads it), and returns it: one statement inserts all three, where a create
 * each took three to five round trips to the database.
 */
export async function createStatus(tx: Prisma.TransactionClient, data: NewStatus, evidence: EvidencePiece[]) {
  const { row } = await insertStatus(tx, data, evidence);
  // No row: another save of this concern at this round committed first (both saw none
  // before inserting); the unique key made this one wait and then insert nothing.
  if (!row) throw new AppError("CONFLICT", ALREADY_HAS_STATUS);
  return row;
}

/** What dt_record_status answers: the facts its checks read, and the row it inserted (null when it did not). */
type RecordedStatus = {
  roundFound: boolean;
  concern: { mergedIntoId: number | null; statusId: number | null } | null;
  documents: { id: number; title: string }[];
  /** Per piece, in order: whether its quote occurs in its document's text. */
  quotesFound: boolean[];
  reporting: number[];
  row: StatusRow | null;
};

/**
 * A new status on an existing concern with its evidence, checked as
 * assertConcernAndRound and checkedEvidence check it, under the same locks, in
 * one call to the database: dt_record_status (migration
 * 20261126040000_record_status_in_one_call), where a transaction took four
 * round trips and the app read each document's whole text to check a quote.
 * This is the save analysts make most, and each round trip is time the server
 * spends CPU on and the locks are held.
 *
 * The function locks the round, the concern and the documents FOR SHARE
 * (whatever their order: the only writes that lock two of these rows FOR UPDATE
 * lock two concerns, and this locks one), reads them and checks each quote with
 * dt_quote_occurs_in, the twin of quoteOccursIn; then, in a new statement and so
 * a new snapshot taken after any edit those locks waited for, it reads which
 * documents report on the round and inserts only when every check passed. The
 * failures are named here, in the order checkedEvidence names them, so the same
 * mistake gets the same message.
 */
export async function createCheckedStatus(client: Prisma.TransactionClient, data: NewStatus & { concernId: number }, pieces: EvidencePiece[]) {
  const [{ result }] = (await client.$queryRaw<{ result: RecordedStatus }[]>`
    SELECT dt_record_status(${data.concernId}::int, ${data.roundId}::int, ${data.status}::"Status", ${data.note ?? ""}, ${data.authorId ?? null}::int,
                            ${piecesJson(pieces)}::jsonb) AS result`) as [{ result: RecordedStatus }];
  const concern = result.concern ? { merged_into_id: result.concern.mergedIntoId, status_id: result.concern.statusId } : undefined;
  const { existingStatusId } = checkedConcernAndRound(result.roundFound, concern);
  if (existingStatusId !== null) throw new AppError("CONFLICT", ALREADY_HAS_STATUS, { statusId: existingStatusId });
  verifiedPieces(pieces, result.documents, (id) => result.reporting.includes(id), (_, index) => result.quotesFound[index] === true);
  // Every check passed and nothing was inserted: another save of this concern at this round committed first.
  if (!result.row) throw new AppError("CONFLICT", ALREADY_HAS_STATUS);
  return result.row;
}

const piecesJson = (pieces: EvidencePiece[]) => JSON.stringify(pieces.map((p) => ({ documentId: p.documentId, quote: p.quote, translation: p.translation })));

/**
 * The insert of createStatus (dt_insert_status), made only when every piece's
 * document reports on the round, read in the same statement: which documents do
 * is returned, for the caller to name the one that does not. The status row is
 * null when the concern already has one at the round (or a document does not
 * report on it).
 */
async function insertStatus(tx: Prisma.TransactionClient, data: NewStatus, evidence: EvidencePiece[]) {
  const [result] = await tx.$queryRaw<{ reporting: number[]; row: StatusRow | null }[]>`
    SELECT reporting, "row" FROM dt_insert_status(${data.concernId}::int, ${data.roundId}::int, ${data.status}::"Status", ${data.note ?? ""},
                                                  ${data.authorId ?? null}::int, ${piecesJson(evidence)}::jsonb, true)`;
  return result!;
}

/** Said when a status is created where the concern already has one at the round. */
export const ALREADY_HAS_STATUS = "This concern already has a status at this round. Edit that status instead.";

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
  // Locked rows are read as the latest committed version, after any edit this waited for.
  const locked = await tx.$queryRaw<{ id: number; title: string; text: string }[]>`
    SELECT id, title, text FROM source_documents WHERE id = ANY(${ids}::int[]) ORDER BY id FOR SHARE`;
  // A new statement, so a new snapshot: it sees the rounds that edit committed.
  // A case's situation is about a date, not a round: any stored document may prove it (roundId null).
  const reporting =
    roundId === null
      ? null
      : new Set(
          (await tx.$queryRaw<{ document_id: number }[]>`
            SELECT document_id FROM document_rounds WHERE document_id = ANY(${ids}::int[]) AND round_id = ${roundId}`).map((r) => r.document_id),
        );
  return verifiedPieces(pieces, locked, (id) => reporting === null || reporting.has(id), (piece, _, document) => quoteOccursIn(piece.quote, document.text));
}

/**
 * The evidence rule itself, on documents read under their lock: each piece's
 * document exists and reports on the round, and its quote occurs in the text
 * (quoteOccursIn, or its twin in the database). Throws the first failure, naming the field.
 */
function verifiedPieces<D extends { id: number; title: string }>(
  pieces: EvidencePiece[],
  locked: D[],
  reports: (documentId: number) => boolean,
  occurs: (piece: EvidencePiece, index: number, document: D) => boolean,
): EvidencePiece[] {
  const byId = new Map(locked.map((d) => [d.id, d]));
  for (const [index, piece] of pieces.entries()) {
    const document = byId.get(piece.documentId);
    if (!document) throw invalid("documentId", "The chosen document no longer exists.");
    if (!reports(document.id)) {
      throw invalid("documentId", `“${document.title}” does not report on this round. Choose a document about this round, or add the round to the document first.`);
    }
    if (!occurs(piece, index, document)) {
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
 * Returns the id of the concern's status at the round, if it has one, read in
 * the same statement as the concern's lock.
 */
export async function assertConcernAndRound(tx: Prisma.TransactionClient, concernId: number | null, roundId: number): Promise<{ existingStatusId: number | null }> {
  const round = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM rounds WHERE id = ${roundId} FOR SHARE`;
  if (concernId === null) return checkedConcernAndRound(round.length > 0, null);
  const [concern] = await tx.$queryRaw<ConcernAtRound[]>`
    SELECT c.merged_into_id, (SELECT s.id FROM status_assessments s WHERE s.concern_id = c.id AND s.round_id = ${roundId}) AS status_id
      FROM concerns c WHERE c.id = ${concernId} FOR SHARE OF c`;
  return checkedConcernAndRound(round.length > 0, concern);
}

type ConcernAtRound = { merged_into_id: number | null; status_id: number | null };

/** assertConcernAndRound's rule, on the rows it locked (concern null: none asked for, undefined: not found). */
function checkedConcernAndRound(roundFound: boolean, concern: ConcernAtRound | null | undefined): { existingStatusId: number | null } {
  if (!roundFound) throw invalid("roundId", "The chosen round no longer exists.");
  if (concern === null) return { existingStatusId: null };
  if (!concern) throw invalid("concernId", "The chosen concern no longer exists.");
  if (concern.merged_into_id) throw invalid("concernId", "This concern was merged into another; record the status on that one.");
  return { existingStatusId: concern.status_id };
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
