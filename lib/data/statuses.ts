import "server-only";
import { db } from "@/lib/db";
import { listCaseNamesForConcern, type Reader } from "@/lib/data/cases";
import { EVIDENCE_SELECT } from "@/lib/data/evidence";
import { isoDay } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import type { Status } from "@/lib/generated/prisma/enums";

export async function getStatusForEdit(id: number) {
  const status = await db.statusAssessment.findUnique({
    where: { id },
    select: {
      id: true, status: true, note: true, version: true,
      evidence: EVIDENCE_SELECT,
      concern: { select: { id: true, title: true } },
      round: { select: { id: true, title: true } },
    },
  });
  if (!status) throw new AppError("NOT_FOUND", "Status not found.");
  return status;
}

/** Quotes are cut in the matrix popover; the concern page shows them whole. */
export const MATRIX_QUOTE_CHARS = 280;

/** One source as the popover shows it: the quote cut to MATRIX_QUOTE_CHARS (the concern page shows it whole). */
export type QuotePiece = { quote: string; quoteCut: boolean; translation: string; documentTitle: string; language: string };

/** What a matrix cell's popover shows; the shape GET /api/v1/statuses/[id] answers with. */
export type StatusQuote = {
  id: number;
  status: Status;
  /** Every source, oldest first; empty for NOT_RAISED. */
  evidence: QuotePiece[];
  concern: { id: number; title: string };
  round: { id: number; title: string; startDate: string };
  /** The individual cases linked to the concern, each by name or, when the reader may not see it, by label. */
  cases: { id: number; name: string }[];
};

/** Cut by code points, so a Cyrillic or emoji character is never split. */
function cut(text: string): { text: string; cut: boolean } {
  const characters = [...text];
  return { text: characters.slice(0, MATRIX_QUOTE_CHARS).join(""), cut: characters.length > MATRIX_QUOTE_CHARS };
}

export async function getStatusQuote(id: number, reader: Reader): Promise<StatusQuote | null> {
  const found = await db.statusAssessment.findUnique({
    where: { id },
    select: {
      id: true, status: true,
      evidence: EVIDENCE_SELECT,
      concern: { select: { id: true, title: true } },
      round: { select: { id: true, title: true, startDate: true } },
    },
  });
  if (!found) return null;
  const cases = await listCaseNamesForConcern(found.concern.id, reader);
  return {
    id: found.id,
    status: found.status,
    evidence: found.evidence.map((piece) => {
      const quote = cut(piece.quote);
      return { quote: quote.text, quoteCut: quote.cut, translation: cut(piece.translation).text, documentTitle: piece.document.title, language: piece.document.language };
    }),
    concern: found.concern,
    round: { ...found.round, startDate: isoDay(found.round.startDate) },
    cases,
  };
}

