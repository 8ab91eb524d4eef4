import "server-only";
import { db } from "@/lib/db";
import { listReadableHistory, type ReadableHistory } from "@/lib/data/audit";
import { caseLabel, caseNameKeys, currentSituation, isCaseSituation, isSensitive, roundsSince, seesIdentity } from "@/lib/domain/cases";
import { parseId } from "@/lib/domain/params";
import { forbiddenCharacter } from "@/lib/domain/text-guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseSituation, DatePrecision, Role } from "@/lib/generated/prisma/enums";

/** Who is reading: confidentiality depends on the role alone. */
export type Reader = { role: Role };

export type CaseFilters = { situation?: CaseSituation; themeId?: number; roundId?: number; q?: string };

/** Reads the list filters from the URL, ignoring anything malformed. */
export function parseCaseFilters(params: Record<string, string | string[] | undefined>): CaseFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const situation = one("situation");
  return {
    situation: isCaseSituation(situation) ? situation : undefined,
    themeId: parseId(one("theme")) ?? undefined,
    roundId: parseId(one("round")) ?? undefined,
    q: forbiddenCharacter(one("q")) ? undefined : one("q").slice(0, 200) || undefined,
  };
}

/** The filters of an API query (casesQuery, casesExportQuery in lib/api/endpoints.ts), named as the page names them. */
export function caseFiltersOf(query: { situation?: CaseSituation; theme?: number; round?: number; q?: string }): CaseFilters {
  return { situation: query.situation, themeId: query.theme, roundId: query.round, q: query.q };
}

/** The query for these filters, as the list's form sends them: what the download links carry. */
export function caseFiltersToSearchParams(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.situation) params.set("situation", filters.situation);
  if (filters.themeId) params.set("theme", String(filters.themeId));
  if (filters.roundId) params.set("round", String(filters.roundId));
  return params;
}

const EVIDENCE = {
  orderBy: { id: "asc" },
  select: { id: true, quote: true, translation: true, document: { select: { id: true, title: true, language: true } } },
} as const;

const CASE_SELECT = {
  id: true, personName: true, spellings: true, summary: true, sensitive: true, version: true, mergedIntoId: true,
  mergedInto: { select: { id: true, sensitive: true } },
  situations: {
    orderBy: [{ asOf: "asc" }, { id: "asc" }],
    select: { id: true, situation: true, asOf: true, asOfPrecision: true, note: true, evidence: EVIDENCE },
  },
  rounds: {
    orderBy: [{ round: { startDate: "asc" } }, { roundId: "asc" }],
    select: { note: true, round: { select: { id: true, title: true, startDate: true } }, evidence: EVIDENCE },
  },
  concerns: {
    orderBy: { concern: { title: "asc" } },
    select: { concern: { select: { id: true, title: true, theme: { select: { id: true, name: true } } } } },
  },
  lists: { select: { list: { select: { id: true, size: true, round: { select: { id: true, title: true } } } } } },
} as const satisfies Prisma.IndividualCaseSelect;

type CaseRow = Prisma.IndividualCaseGetPayload<{ select: typeof CASE_SELECT }>;

/**
 * The one place a case is made fit for its reader (see seesIdentity): a sensitive
 * case read by a viewer keeps its id, situations, dates, rounds and concerns, and
 * loses its name, spellings, summary, notes and quotes. Every read below returns
 * what this returns, so no page, export or API response can show more.
 */
function forReader(row: CaseRow, reader: Reader) {
  const sensitive = isSensitive(row);
  const identified = seesIdentity(reader.role, sensitive);
  const situations = row.situations.map((s) => (identified ? s : { ...s, note: "", evidence: [] }));
  return {
    ...row,
    /** What to call the case: the name (or label) when it may be shown, otherwise "Case <id>". */
    name: identified ? row.personName : caseLabel(row.id),
    personName: identified ? row.personName : "",
    spellings: identified ? row.spellings : [],
    summary: identified ? row.summary : "",
    sensitive,
    identityHidden: !identified,
    situations,
    rounds: row.rounds.map((r) => (identified ? r : { ...r, note: "", evidence: [] })),
    current: currentSituation(situations),
  };
}

export type CaseView = ReturnType<typeof forReader>;

/** The list's columns of a case, for the cases page, its downloads and the API. */
export function caseSummary(view: CaseView): CaseSummary {
  return {
    id: view.id,
    name: view.name,
    sensitive: view.sensitive,
    identityHidden: view.identityHidden,
    situation: view.current?.situation ?? null,
    situationAsOf: view.current?.asOf ?? null,
    situationPrecision: view.current?.asOfPrecision ?? null,
    themes: [...new Set(view.concerns.map((c) => c.concern.theme.name))].sort(),
    rounds: view.rounds.map((r) => r.round),
  };
}

/** A case's name, or its label when the reader may not see its identity (seesIdentity). */
const nameFor = (c: { id: number; personName: string; sensitive: boolean }, reader: Reader) =>
  seesIdentity(reader.role, c.sensitive) ? c.personName : caseLabel(c.id);

async function roundStarts(): Promise<Date[]> {
  return (await db.round.findMany({ select: { startDate: true } })).map((r) => r.startDate);
}

/** What a list says of a case, read off its view for this reader. */
export type CaseSummary = {
  id: number; name: string; sensitive: boolean; identityHidden: boolean;
  situation: CaseSituation | null; situationAsOf: Date | null; situationPrecision: DatePrecision | null;
  themes: string[]; rounds: { id: number; title: string; startDate: Date }[];
};

export type CaseListRow = CaseSummary & { roundsSinceFirstRaised: number | null; roundsSinceChange: number | null };

/**
 * Unmerged cases, filtered. The text filter matches the name, every spelling
 * (also across scripts, through name keys) and the summary, but for a reader who
 * may not see a sensitive case's identity, only its label: searching a name must
 * not reveal that a hidden case carries it.
 */
export async function listCases(filters: CaseFilters, reader: Reader, page?: CasePage): Promise<CaseListRow[]> {
  const where: Prisma.IndividualCaseWhereInput[] = [{ mergedIntoId: null }];
  if (filters.themeId) where.push({ concerns: { some: { concern: { themeId: filters.themeId } } } });
  if (filters.roundId) where.push({ rounds: { some: { roundId: filters.roundId } } });
  if (filters.q) {
    const q = filters.q;
    const keys = caseNameKeys(q, []);
    const labelId = parseId(/^case\s*(\d+)$/i.exec(q)?.[1]);
    const identity: Prisma.IndividualCaseWhereInput = {
      OR: [
        { personName: { contains: q, mode: "insensitive" } },
        { summary: { contains: q, mode: "insensitive" } },
        { spellings: { has: q } },
        ...(keys.length ? [{ nameKeys: { hasSome: keys } }] : []),
      ],
    };
    const byLabel: Prisma.IndividualCaseWhereInput[] = labelId ? [{ id: labelId }] : [];
    where.push(
      // The SQL side of seesIdentity: who may not see a sensitive case's identity may not search it either.
      seesIdentity(reader.role, true) ? { OR: [identity, ...byLabel] } : { OR: [{ sensitive: false, ...identity }, ...byLabel] },
    );
  }
  const starts = await roundStarts();
  const toRow = (row: CaseRow): CaseListRow => {
    const view = forReader(row, reader);
    return {
      ...caseSummary(view),
      roundsSinceFirstRaised: roundsSince(view.rounds[0]?.round.startDate, starts),
      roundsSinceChange: roundsSince(view.current?.asOf, starts),
    };
  };
  const bySituation = (row: CaseListRow) => !filters.situation || row.situation === filters.situation;
  if (!page) {
    const rows = await db.individualCase.findMany({ where: { AND: where }, select: CASE_SELECT });
    return rows.map(toRow).filter(bySituation).sort((a, b) => a.name.localeCompare(b.name, "en"));
  }
  // The current situation is computed here, not in SQL, so a page is read in id order,
  // batch by batch, until it holds limit + 1 matching cases (the extra one says a next page exists).
  const found: CaseListRow[] = [];
  for (let after = page.after ?? 0; found.length <= page.limit; ) {
    const batch = await db.individualCase.findMany({
      where: { AND: [...where, { id: { gt: after } }] },
      select: CASE_SELECT,
      orderBy: { id: "asc" },
      take: CASE_BATCH,
    });
    found.push(...batch.map(toRow).filter(bySituation));
    if (batch.length < CASE_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  return found.slice(0, page.limit + 1);
}

/** Cases in id order after a cursor, for the API's paging. */
export type CasePage = { after?: number; limit: number };
const CASE_BATCH = 200;

/** One case as its reader may see it, or null. Merged cases still open, pointing to the case kept. */
export async function getCase(id: number, reader: Reader) {
  const row = await db.individualCase.findUnique({
    where: { id },
    select: { ...CASE_SELECT, mergedFrom: { select: { id: true } } },
  });
  if (!row) return null;
  const starts = await roundStarts();
  const view = forReader(row, reader);
  return {
    ...view,
    mergedFrom: row.mergedFrom,
    roundsSinceFirstRaised: roundsSince(view.rounds[0]?.round.startDate, starts),
    roundsSinceChange: roundsSince(view.current?.asOf, starts),
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** The cases linked to a concern, with their current situation, for the concern's page. */
export async function listCasesForConcern(concernId: number, reader: Reader) {
  const rows = await db.individualCase.findMany({
    where: { mergedIntoId: null, concerns: { some: { concernId } } },
    select: CASE_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map((row) => forReader(row, reader)).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The cases linked to a concern, by name or label as the reader may see them: what the matrix popover mentions. */
export async function listCaseNamesForConcern(concernId: number, reader: Reader): Promise<{ id: number; name: string }[]> {
  const rows = await db.individualCase.findMany({
    where: { mergedIntoId: null, concerns: { some: { concernId } } },
    select: { id: true, personName: true, sensitive: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ id: r.id, name: nameFor(r, reader) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export type CaseCounts = { total: number; raisedAt: number; changedSince: number };

/**
 * Counts for the dashboard, with caseHighlights' rules: unmerged cases; those
 * raised at round `at`; those whose situation changed on or after the start of
 * round `against`. Counts only, so sensitive cases count for every reader.
 */
export async function countCases(at: { id: number } | null, against: { startDate: string } | null): Promise<CaseCounts> {
  const unmerged = { mergedIntoId: null };
  const [total, raisedAt, changedSince] = await Promise.all([
    db.individualCase.count({ where: unmerged }),
    at ? db.individualCase.count({ where: { ...unmerged, rounds: { some: { roundId: at.id } } } }) : 0,
    against
      ? db.individualCase.count({ where: { ...unmerged, situations: { some: { asOf: { gte: new Date(`${against.startDate}T00:00:00Z`) } } } } })
      : 0,
  ]);
  return { total, raisedAt, changedSince };
}

/** Cases to pick from in forms (merge, lists, the recording workspace), with their name keys where the reader may search their names. */
export async function listCaseOptions(reader: Reader, excludeId?: number) {
  const rows = await db.individualCase.findMany({
    where: { mergedIntoId: null, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, personName: true, sensitive: true, version: true, nameKeys: true },
    orderBy: { personName: "asc" },
  });
  return rows.map((r) => {
    const identified = seesIdentity(reader.role, r.sensitive);
    return { id: r.id, version: r.version, name: identified ? r.personName : caseLabel(r.id), nameKeys: identified ? r.nameKeys : [] };
  });
}

/**
 * Other cases sharing a name key with these spellings: likely the same person
 * written another way ("Bokayev", "Бокаев"). For analysts, who may see names.
 */
export async function findSimilarCases(nameKeys: string[], excludeId?: number) {
  if (nameKeys.length === 0) return [];
  return db.individualCase.findMany({
    where: { mergedIntoId: null, nameKeys: { hasSome: nameKeys }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, personName: true },
    orderBy: { id: "asc" },
  });
}

/** A case's history, or null for a reader who may not see its identity: the log records the name and the quotes. */
export async function getCaseHistory(id: number, reader: Reader): Promise<ReadableHistory | null> {
  const row = await db.individualCase.findUnique({ where: { id }, select: { sensitive: true, mergedInto: { select: { sensitive: true } } } });
  if (!row || !seesIdentity(reader.role, isSensitive(row))) return null;
  return listReadableHistory("IndividualCase", id, reader);
}

/** The lists of cases handed over at a round, each with its quote and the cases known to be on it (named as the reader may see them). */
export async function listHandedOverLists(roundId: number, reader: Reader) {
  const lists = await db.handedOverList.findMany({
    where: { roundId },
    orderBy: { id: "asc" },
    select: {
      id: true, size: true, quote: true, translation: true, version: true,
      document: { select: { id: true, title: true, language: true } },
      cases: { select: { case: { select: { id: true, personName: true, sensitive: true } } } },
    },
  });
  return lists.map(({ cases, ...list }) => ({
    ...list,
    cases: cases.map(({ case: c }) => ({ id: c.id, name: nameFor(c, reader) })),
  }));
}

/** One handed-over list for its edit form (analysts), with the documents about its round to quote from. */
export async function getHandedOverList(id: number) {
  const row = await db.handedOverList.findUnique({
    where: { id },
    select: {
      id: true, roundId: true, size: true, documentId: true, quote: true, translation: true, version: true,
      round: { select: { title: true, documents: { orderBy: { documentId: "asc" }, select: { document: { select: { id: true, title: true } } } } } },
      cases: { select: { caseId: true } },
    },
  });
  if (!row) return null;
  const { round, cases, ...list } = row;
  return { ...list, roundTitle: round.title, documents: round.documents.map((d) => d.document), caseIds: cases.map((c) => c.caseId) };
}
