import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import type { Status } from "@/lib/generated/prisma/enums";

export async function getStatusForEdit(id: number) {
  const status = await db.statusAssessment.findUnique({
    where: { id },
    select: {
      id: true, status: true, quote: true, documentId: true, note: true, version: true,
      concern: { select: { id: true, title: true } },
      round: { select: { id: true, title: true } },
    },
  });
  if (!status) throw new AppError("NOT_FOUND", "Status not found.");
  return status;
}

/** Quotes are cut in the matrix popover; the concern page shows them whole. */
export const MATRIX_QUOTE_CHARS = 280;

/** What a matrix cell's popover shows; the shape GET /api/v1/statuses/[id] answers with. */
export type StatusQuote = {
  id: number;
  status: Status;
  /** Cut to MATRIX_QUOTE_CHARS; the concern page shows it whole. */
  quote: string | null;
  quoteCut: boolean;
  documentTitle: string | null;
  concern: { id: number; title: string };
  round: { id: number; title: string; startDate: string };
};

export async function getStatusQuote(id: number): Promise<StatusQuote | null> {
  const found = await db.statusAssessment.findUnique({
    where: { id },
    select: {
      id: true, status: true, quote: true,
      document: { select: { title: true } },
      concern: { select: { id: true, title: true } },
      round: { select: { id: true, title: true, startDate: true } },
    },
  });
  if (!found) return null;
  const characters = found.quote === null ? null : [...found.quote];
  return {
    id: found.id,
    status: found.status,
    quote: characters === null ? null : characters.slice(0, MATRIX_QUOTE_CHARS).join(""),
    quoteCut: characters !== null && characters.length > MATRIX_QUOTE_CHARS,
    documentTitle: found.document?.title ?? null,
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
               coalesce((SELECT max(similarity(sa.quote, ${text})) FROM status_assessments sa WHERE sa.concern_id = c.id AND sa.quote IS NOT NULL), 0)
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

export type UnaccountedGroup = { themeId: number; themeName: string; discussed: boolean; concerns: { id: number; title: string }[] };

/**
 * Concerns with no status at this round, by theme: what the analyst has not
 * yet accounted for. Themes already discussed at the round come first, since
 * their remaining concerns are the likeliest to have been forgotten.
 */
export async function listConcernsWithoutStatus(roundId: number): Promise<UnaccountedGroup[]> {
  const [concerns, discussed] = await Promise.all([
    db.concern.findMany({
      where: { mergedIntoId: null, statusAssessments: { none: { roundId } } },
      orderBy: [{ theme: { sortOrder: "asc" } }, { theme: { name: "asc" } }, { title: "asc" }],
      select: { id: true, title: true, theme: { select: { id: true, name: true } } },
    }),
    db.theme.findMany({ where: { concerns: { some: { statusAssessments: { some: { roundId, status: { not: "NOT_RAISED" } } } } } }, select: { id: true } }),
  ]);
  const discussedIds = new Set(discussed.map((t) => t.id));
  const groups: UnaccountedGroup[] = [];
  for (const c of concerns) {
    let group = groups.at(-1);
    if (!group || group.themeId !== c.theme.id) {
      groups.push((group = { themeId: c.theme.id, themeName: c.theme.name, discussed: discussedIds.has(c.theme.id), concerns: [] }));
    }
    group.concerns.push({ id: c.id, title: c.title });
  }
  // Stable sort: discussed themes first, display order kept within each part.
  return groups.sort((a, b) => Number(b.discussed) - Number(a.discussed));
}
