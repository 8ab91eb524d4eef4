import "server-only";
import { quoteOccursIn } from "@/lib/domain/quote";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/generated/prisma/enums";

export const STATUS_FIELDS = {
  id: true, concernId: true, roundId: true, status: true, quote: true, documentId: true, note: true, authorId: true, version: true,
} as const;

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Please correct the highlighted fields.", { [field]: [message] });

/**
 * The evidence to store for a status at a round, checked against the document:
 * the passage must occur in its text, and the document must report on that
 * round (a 2013 press release cannot prove a status in 2020). NOT_RAISED needs
 * none; if a passage is given anyway it must still be genuine.
 */
export async function checkedEvidence(
  tx: Prisma.TransactionClient,
  input: { roundId: number; status: Status; quote: string | null; documentId: number | null },
): Promise<{ quote: string | null; documentId: number | null }> {
  if (input.status === "NOT_RAISED" && (!input.quote || !input.documentId)) return { quote: null, documentId: null };
  const document = await tx.sourceDocument.findUnique({
    where: { id: input.documentId! },
    select: { title: true, text: true, rounds: { where: { roundId: input.roundId }, select: { roundId: true } } },
  });
  if (!document) throw invalid("documentId", "The chosen document no longer exists.");
  if (document.rounds.length === 0) {
    throw invalid("documentId", `“${document.title}” does not report on this round. Choose a document about this round, or add the round to the document first.`);
  }
  if (!quoteOccursIn(input.quote!, document.text)) {
    throw invalid("quote", `This passage does not occur in “${document.title}”. Copy it exactly from the document (spacing and quote marks may differ).`);
  }
  return { quote: input.quote, documentId: input.documentId };
}

export async function assertConcernAndRound(tx: Prisma.TransactionClient, concernId: number | null, roundId: number) {
  const round = await tx.round.findUnique({ where: { id: roundId }, select: { id: true } });
  if (!round) throw invalid("roundId", "The chosen round no longer exists.");
  if (concernId === null) return;
  const concern = await tx.concern.findUnique({ where: { id: concernId }, select: { mergedIntoId: true } });
  if (!concern) throw invalid("concernId", "The chosen concern no longer exists.");
  if (concern.mergedIntoId) throw invalid("concernId", "This concern was merged into another; record the status on that one.");
}
