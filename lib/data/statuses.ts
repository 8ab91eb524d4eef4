import "server-only";
import type { z } from "zod";
import type { statusQuote } from "@/lib/api/responses";
import { db } from "@/lib/db";
import { listCaseNamesForConcern, type Reader } from "@/lib/data/cases";
import { EVIDENCE_SELECT } from "@/lib/data/evidence";
import { isoDay } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";

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

/** What a matrix cell's popover shows: the answer of GET /api/v1/statuses/[id], as its schema (lib/api/responses.ts) says. */
export type StatusQuote = z.output<typeof statusQuote>;

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

