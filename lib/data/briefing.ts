import "server-only";
import { db } from "@/lib/db";
import { isOpen, type BriefingConcern, type BriefingData, type BriefingQuote, type BriefingTarget } from "@/lib/briefing/content";
import { listCases, type Reader } from "@/lib/data/cases";
import { listRoundsInView } from "@/lib/data/dashboard";
import { getThemeMatrix, listChanges, listLongestOpen } from "@/lib/data/theme-dashboard";
import type { RoundColumn } from "@/lib/domain/dashboard";
import { isoDay } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import type { Status } from "@/lib/generated/prisma/enums";
import { DEFAULT_KINDS, type DashboardFilters } from "@/lib/validation/dashboard";
import { NEXT_ROUND, type BriefingRequest } from "@/lib/validation/briefing";

/** Quotes and notes per concern in the briefing: the latest ones. */
const PER_CONCERN = 2;
const LONGEST_OPEN = 5;

/** Themes and rounds the briefing form offers. */
export async function listBriefingOptions() {
  const [themes, rounds] = await Promise.all([
    db.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    listRoundsInView({ kinds: DEFAULT_KINDS, from: null, to: null, statuses: [] }),
  ]);
  return { themes, rounds: [...rounds].reverse(), latest: rounds.at(-1) ?? null };
}

/** The round briefed for, and the last dialogue round before it: the one whose outcome the briefing reports. */
async function resolveTarget(round: BriefingRequest["round"]): Promise<{ target: BriefingTarget; last: RoundColumn | null; rounds: RoundColumn[] }> {
  const all = await listRoundsInView({ kinds: DEFAULT_KINDS, from: null, to: null, statuses: [] });
  if (round === NEXT_ROUND) return { target: { kind: "next", after: all.at(-1) ?? null }, last: all.at(-1) ?? null, rounds: all };
  const chosen = await db.round.findUnique({ where: { id: round }, select: { id: true, title: true, kind: true, number: true, startDate: true } });
  if (!chosen) throw new AppError("VALIDATION", "There is no such round; choose the round to brief for from the list.", { round: ["There is no such round."] });
  const at = { ...chosen, startDate: isoDay(chosen.startDate) };
  const earlier = all.filter((r) => r.startDate < at.startDate || (r.startDate === at.startDate && r.id < at.id));
  return { target: { kind: "round", round: at }, last: earlier.at(-1) ?? null, rounds: earlier };
}

type QuoteRow = { concern_id: number; quote: string; translation: string; document_id: number; round_id: number; published_on: Date | null };
type NoteRow = { concern_id: number; round_id: number; note: string };

/**
 * Everything the briefing says, read with the dashboard's own reads (matrix,
 * changes, longest open: one rule each) at the dialogue rounds up to the last
 * one before the round briefed for, plus the latest quotes and notes of the
 * open concerns in two statements, and the cases through lib/data/cases.ts so
 * a reader sees only what seesIdentity lets them.
 */
export async function getBriefingData(request: BriefingRequest, reader: Reader): Promise<BriefingData> {
  const found = await db.theme.findMany({ where: { slug: { in: request.themes } }, select: { id: true, slug: true, name: true, sortOrder: true } });
  const unknown = request.themes.filter((slug) => !found.some((t) => t.slug === slug));
  if (unknown.length) {
    const message = `There is no theme ${unknown.join(", ")}; choose the themes from the list.`;
    throw new AppError("VALIDATION", message, { themes: [message] });
  }
  const themes = found.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "en"));
  const { target, last, rounds } = await resolveTarget(request.round);
  const filters: DashboardFilters = { kinds: DEFAULT_KINDS, from: null, to: last?.startDate ?? null, statuses: [], at: last?.id ?? null, against: null };
  const inView = rounds.filter((r) => !last || r.startDate <= last.startDate);
  const previous = inView.length > 1 ? inView.at(-2)! : null;

  const perTheme = last
    ? await Promise.all(
        themes.map(async (theme) => {
          const [matrix, changes, longest] = await Promise.all([
            getThemeMatrix(theme.id, filters, null),
            listChanges(theme.id, filters),
            listLongestOpen(theme.id, filters, LONGEST_OPEN),
          ]);
          return { theme, matrix, changes, longest };
        }),
      )
    : themes.map((theme) => ({ theme, matrix: { rows: [] }, changes: [], longest: [] }));

  // Only open concerns are written out, so only theirs are quoted.
  const concernIds = perTheme.flatMap((t) => t.matrix.rows.filter(isOpen).map((r) => r.concernId));
  const roundIds = inView.map((r) => r.id);
  const [quoteRows, noteRows] = await Promise.all([
    db.$queryRaw<QuoteRow[]>`
      SELECT concern_id, quote, translation, document_id, round_id, published_on FROM (
        SELECT sa.concern_id, e.quote, e.translation, e.document_id, sa.round_id, d.published_on,
               row_number() OVER (PARTITION BY sa.concern_id ORDER BY r.start_date DESC, r.id DESC, e.id) AS n
          FROM public.status_assessments sa
          JOIN public.rounds r ON r.id = sa.round_id
          JOIN public.status_evidence e ON e.status_id = sa.id
          JOIN public.source_documents d ON d.id = e.document_id
         WHERE sa.concern_id = ANY(${concernIds}::int[]) AND sa.round_id = ANY(${roundIds}::int[])
      ) q WHERE n <= ${PER_CONCERN}`,
    db.$queryRaw<NoteRow[]>`
      SELECT concern_id, round_id, note FROM (
        SELECT sa.concern_id, sa.round_id, sa.note, row_number() OVER (PARTITION BY sa.concern_id ORDER BY r.start_date DESC, r.id DESC) AS n
          FROM public.status_assessments sa
          JOIN public.rounds r ON r.id = sa.round_id
         WHERE sa.concern_id = ANY(${concernIds}::int[]) AND sa.round_id = ANY(${roundIds}::int[]) AND btrim(sa.note) <> ''
      ) q WHERE n <= ${PER_CONCERN}`,
  ]);
  const roundById = new Map(inView.map((r) => [r.id, r]));
  const group = <T extends { concern_id: number }>(rows: T[]) => {
    const byConcern = new Map<number, T[]>();
    for (const row of rows) byConcern.set(row.concern_id, [...(byConcern.get(row.concern_id) ?? []), row]);
    return byConcern;
  };
  const quotes = group(quoteRows);
  const notes = group(noteRows);
  const documents = await db.sourceDocument.findMany({
    where: { id: { in: [...new Set(quoteRows.map((q) => q.document_id))] } },
    select: { id: true, title: true, publisher: true, url: true, publishedOn: true, language: true },
    orderBy: [{ publishedOn: "asc" }, { id: "asc" }],
  });

  const cases = request.include.includes("cases") ? await listCases({}, reader) : [];
  const themeNames = new Set(themes.map((t) => t.name));

  return {
    target,
    last,
    previous,
    rounds: inView,
    include: request.include,
    themes: perTheme.map(({ theme, matrix, changes, longest }) => {
      const changeOf = new Map(changes.map((c) => [c.concernId, c]));
      const concerns: BriefingConcern[] = matrix.rows.map((row) => ({
        id: row.concernId,
        title: row.title,
        current: row.current,
        change: changeOf.get(row.concernId)?.change ?? null,
        atLast: last ? (row.cells.get(last.id)?.status ?? null) : null,
        history: inView.flatMap((round) => {
          const status: Status | undefined = row.cells.get(round.id)?.status;
          return status ? [{ round, status }] : [];
        }),
        quotes: (quotes.get(row.concernId) ?? []).map(
          (q): BriefingQuote => ({
            quote: q.quote,
            translation: q.translation,
            documentId: q.document_id,
            round: roundById.get(q.round_id)!,
            publishedOn: q.published_on ? isoDay(q.published_on) : null,
          }),
        ),
        notes: (notes.get(row.concernId) ?? []).map((n) => ({ round: roundById.get(n.round_id)!, note: n.note })),
      }));
      return { id: theme.id, slug: theme.slug, name: theme.name, changes, longestOpen: longest, concerns };
    }),
    cases: cases.filter((c) => c.themes.some((name) => themeNames.has(name))),
    documents: documents.map((d) => ({ ...d, publishedOn: d.publishedOn ? isoDay(d.publishedOn) : null })),
  };
}
