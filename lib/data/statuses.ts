import "server-only";
import { db } from "@/lib/db";
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
};

/** Cut by code points, so a Cyrillic or emoji character is never split. */
function cut(text: string): { text: string; cut: boolean } {
  const characters = [...text];
  return { text: characters.slice(0, MATRIX_QUOTE_CHARS).join(""), cut: characters.length > MATRIX_QUOTE_CHARS };
}

export async function getStatusQuote(id: number): Promise<StatusQuote | null> {
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
  return {
    id: found.id,
    status: found.status,
    evidence: found.evidence.map((piece) => {
      const quote = cut(piece.quote);
      return { quote: quote.text, quoteCut: quote.cut, translation: cut(piece.translation).text, documentTitle: piece.document.title, language: piece.document.language };
    }),
    concern: found.concern,
    round: { ...found.round, startDate: isoDay(found.round.startDate) },
  };
}

export type ConcernSuggestion = { id: number; title: string; themeName: string; score: number; hasStatus: boolean };

/**
 * The concerns a passage most likely speaks about, by trigram similarity
 * (pg_trgm) of the passage with each concern's title and description and with
 * the quotes already recorded for it. One statement.
 */
export async function suggestConcerns(passage: string, roundId: number, limit = 5): Promise<ConcernSuggestion[]> {
  const text = passage.trim().slice(0, 2000);
  if (!text) return [];
  return db.$queryRaw<ConcernSuggestion[]>`
    WITH scored AS (
      SELECT c.id,
             greatest(
               word_similarity(c.title, ${text}),
               word_similarity(c.description, ${text}) * 0.8,
               coalesce((SELECT max(similarity(e.quote, ${text})) FROM status_evidence e JOIN status_assessments sa ON sa.id = e.status_id WHERE sa.concern_id = c.id), 0)
             ) AS score
        FROM concerns c
       WHERE c.merged_into_id IS NULL)
    SELECT c.id, c.title, t.name AS "themeName", s.score::float8 AS score,
           EXISTS (SELECT 1 FROM status_assessments sa WHERE sa.concern_id = c.id AND sa.round_id = ${roundId}) AS "hasStatus"
      FROM scored s JOIN concerns c ON c.id = s.id JOIN themes t ON t.id = c.theme_id
     WHERE s.score > 0.1
     ORDER BY s.score DESC, c.title
     LIMIT ${limit}`;
}
