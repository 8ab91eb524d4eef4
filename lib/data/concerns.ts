import "server-only";
import { db } from "@/lib/db";
import { EVIDENCE_SELECT } from "@/lib/data/evidence";
import { parseId } from "@/lib/domain/params";
import { forbiddenCharacter } from "@/lib/domain/text-guard";
import { CURRENT_STATUS_SQL, currentStatus, isStatus } from "@/lib/domain/status";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/generated/prisma/enums";

export type ConcernFilters = { themeId?: number; status?: Status | "NONE"; roundId?: number; q?: string };

/** Reads the list filters from the URL, ignoring anything malformed. */
export function parseConcernFilters(params: Record<string, string | string[] | undefined>): ConcernFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const int = (key: string) => parseId(one(key)) ?? undefined;
  const status = one("status");
  return {
    themeId: int("theme"),
    roundId: int("round"),
    status: isStatus(status) || status === "NONE" ? status : undefined,
    // PostgreSQL refuses NUL in a query parameter: a search with control characters is ignored.
    q: forbiddenCharacter(one("q")) ? undefined : one("q").slice(0, 200) || undefined,
  };
}

export type ConcernListRow = {
  id: number; title: string; themeName: string; firstRaisedTitle: string | null; status: Status | null; statusCount: number;
};

/**
 * The concerns list's filters as the start of a statement: `WITH cur … FROM
 * concerns c … WHERE …`, with `cur` (current status) and `c` in scope, for the
 * list page and the API to finish with their own columns, order and limit.
 */
export function concernListWhere(filters: ConcernFilters, columns = Prisma.sql`c.id`): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`c.merged_into_id IS NULL`];
  if (filters.themeId) where.push(Prisma.sql`c.theme_id = ${filters.themeId}`);
  if (filters.roundId) where.push(Prisma.sql`c.first_raised_round_id = ${filters.roundId}`);
  if (filters.status === "NONE") where.push(Prisma.sql`cur.status IS NULL`);
  else if (filters.status) where.push(Prisma.sql`cur.status = ${filters.status}::"Status"`);
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(Prisma.sql`(c.title ILIKE ${like} OR c.description ILIKE ${like} OR array_to_string(c.legal_references, ' ') ILIKE ${like})`);
  }
  return Prisma.sql`
    WITH cur AS (${Prisma.raw(CURRENT_STATUS_SQL)}),
         counts AS (SELECT concern_id, count(*)::int AS n FROM status_assessments GROUP BY concern_id)
    SELECT ${columns}
      FROM concerns c
      JOIN themes t ON t.id = c.theme_id
      LEFT JOIN rounds r ON r.id = c.first_raised_round_id
      LEFT JOIN cur ON cur.concern_id = c.id
      LEFT JOIN counts ON counts.concern_id = c.id
     WHERE ${Prisma.join(where, " AND ")}`;
}

/** Unmerged concerns with their current status, filtered: one statement. */
export async function listConcerns(filters: ConcernFilters): Promise<ConcernListRow[]> {
  const columns = Prisma.sql`c.id, c.title, t.name AS "themeName", r.title AS "firstRaisedTitle", cur.status::text AS status, coalesce(counts.n, 0) AS "statusCount"`;
  return db.$queryRaw<ConcernListRow[]>`
    ${concernListWhere(filters, columns)}
     ORDER BY t.sort_order, t.name, c.title
     LIMIT 500`;
}

export async function listConcernOptions(excludeId?: number) {
  return db.concern.findMany({
    where: { mergedIntoId: null, ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: [{ theme: { sortOrder: "asc" } }, { title: "asc" }],
    select: { id: true, title: true, version: true, theme: { select: { name: true } } },
  });
}

/** A concern with its timeline across rounds (oldest first) and the current status derived from it. */
export async function getConcern(id: number) {
  const concern = await db.concern.findUnique({
    where: { id },
    select: {
      id: true, title: true, description: true, themeId: true, legalReferences: true, firstRaisedRoundId: true, version: true,
      theme: { select: { id: true, name: true } },
      firstRaisedRound: { select: { id: true, title: true } },
      mergedInto: { select: { id: true, title: true } },
      mergedFrom: { select: { id: true, title: true } },
      statusAssessments: {
        orderBy: [{ round: { startDate: "asc" } }, { round: { id: "asc" } }],
        select: {
          id: true, status: true, note: true, version: true, updatedAt: true,
          round: { select: { id: true, title: true, startDate: true } },
          evidence: EVIDENCE_SELECT,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!concern) throw new AppError("NOT_FOUND", "Concern not found.");
  return { ...concern, currentStatus: currentStatus(concern.statusAssessments) };
}

export type ConcernDetail = Awaited<ReturnType<typeof getConcern>>;

/**
 * What the new-status form needs of a concern: its title and the rounds it
 * already has a status at. Not getConcern's whole timeline: a save re-renders
 * this page in its response (the action revalidates), so it is read on every save.
 */
export async function getConcernRounds(id: number) {
  const concern = await db.concern.findUnique({
    where: { id },
    select: { id: true, title: true, statusAssessments: { select: { roundId: true } } },
  });
  if (!concern) throw new AppError("NOT_FOUND", "Concern not found.");
  return { id: concern.id, title: concern.title, roundIds: concern.statusAssessments.map((s) => s.roundId) };
}
