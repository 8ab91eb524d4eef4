import "server-only";
import type { z } from "zod";
import type { casesQuery, concernsQuery, documentsQuery, roundsQuery, statusesQuery, themesQuery } from "@/lib/api/endpoints";
import { caseFiltersOf, caseSummary, type CaseSummary, getCase, listCases, type Reader } from "@/lib/data/cases";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/domain/format";
import { currentStatus } from "@/lib/domain/status";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/generated/prisma/enums";
import { concernListWhere } from "@/lib/data/concerns";

// The read API's records, in id order for cursor paging: each list reads
// limit + 1 rows after the cursor, so the route knows whether a next page exists.
// Every item carries the URL of its page in the app.

const after = (cursor: number | undefined) => (cursor ? { gt: cursor } : undefined);

export async function apiThemes(q: z.output<typeof themesQuery>, origin: string) {
  const rows = await db.theme.findMany({
    where: { id: after(q.cursor) },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: { id: true, slug: true, name: true, description: true, _count: { select: { concerns: { where: { mergedIntoId: null } } } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, concernCount: _count.concerns, url: `${origin}/themes/${t.slug}` }));
}

const CONCERN_SELECT = {
  id: true, title: true, description: true, legalReferences: true,
  theme: { select: { id: true, slug: true, name: true } },
  firstRaisedRound: { select: { id: true, title: true } },
  statusAssessments: { orderBy: [{ round: { startDate: "asc" } }, { round: { id: "asc" } }], select: { status: true } },
} as const satisfies Prisma.ConcernSelect;

type ConcernRow = Prisma.ConcernGetPayload<{ select: typeof CONCERN_SELECT }>;

function concernItem({ statusAssessments, ...c }: ConcernRow, origin: string) {
  return { ...c, currentStatus: currentStatus(statusAssessments), url: `${origin}/concerns/${c.id}` };
}

/** The concerns list's own filters (lib/data/concerns.ts), paged by id. */
export async function apiConcerns(q: z.output<typeof concernsQuery>, origin: string) {
  const ids = await db.$queryRaw<{ id: number }[]>`
    ${concernListWhere({ themeId: q.theme, status: q.status as Status | "NONE" | undefined, roundId: q.round, q: q.q })}
    ${q.cursor ? Prisma.sql`AND c.id > ${q.cursor}` : Prisma.empty}
     ORDER BY c.id LIMIT ${q.limit + 1}`;
  const rows = await db.concern.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: { id: "asc" }, select: CONCERN_SELECT });
  return rows.map((row) => concernItem(row, origin));
}

const STATUS_SELECT = {
  id: true, concernId: true, roundId: true, status: true, note: true, updatedAt: true,
  evidence: { orderBy: { id: "asc" }, select: { id: true, quote: true, translation: true, documentId: true, document: { select: { language: true } } } },
} as const satisfies Prisma.StatusAssessmentSelect;

function statusItem({ evidence, updatedAt, ...s }: Prisma.StatusAssessmentGetPayload<{ select: typeof STATUS_SELECT }>, origin: string) {
  return {
    ...s,
    evidence: evidence.map(({ document, ...e }) => ({ ...e, language: document.language })),
    updatedAt: updatedAt.toISOString(),
    url: `${origin}/concerns/${s.concernId}#round-${s.roundId}`,
  };
}

export async function apiConcern(id: number, origin: string) {
  const row = await db.concern.findFirst({
    where: { id, mergedIntoId: null },
    select: { ...CONCERN_SELECT, statusAssessments: { ...CONCERN_SELECT.statusAssessments, select: STATUS_SELECT } },
  });
  if (!row) return null;
  return { ...concernItem(row, origin), statuses: row.statusAssessments.map((s) => statusItem(s, origin)) };
}

export async function apiStatuses(q: z.output<typeof statusesQuery>, origin: string) {
  const rows = await db.statusAssessment.findMany({
    where: {
      id: after(q.cursor),
      concernId: q.concern,
      roundId: q.round,
      status: q.status,
      concern: { mergedIntoId: null, ...(q.theme ? { themeId: q.theme } : {}) },
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: STATUS_SELECT,
  });
  return rows.map((row) => statusItem(row, origin));
}

const ROUND_SELECT = {
  id: true, kind: true, number: true, title: true, startDate: true, endDate: true, place: true, format: true, euDelegationHead: true, kzDelegationHead: true, summary: true,
} as const satisfies Prisma.RoundSelect;

function roundItem(r: Prisma.RoundGetPayload<{ select: typeof ROUND_SELECT }>, origin: string) {
  return { ...r, startDate: isoDay(r.startDate), endDate: r.endDate ? isoDay(r.endDate) : null, url: `${origin}/rounds/${r.id}` };
}

export async function apiRounds(q: z.output<typeof roundsQuery>, origin: string) {
  const rows = await db.round.findMany({
    where: {
      id: after(q.cursor),
      kind: q.kind,
      startDate: { ...(q.from ? { gte: new Date(`${q.from}T00:00:00Z`) } : {}), ...(q.to ? { lte: new Date(`${q.to}T00:00:00Z`) } : {}) },
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: ROUND_SELECT,
  });
  return rows.map((row) => roundItem(row, origin));
}

export async function apiRound(id: number, origin: string) {
  const row = await db.round.findUnique({ where: { id }, select: ROUND_SELECT });
  return row ? roundItem(row, origin) : null;
}

const DOCUMENT_SELECT = {
  id: true, title: true, publisher: true, url: true, publishedOn: true, publishedPrecision: true, language: true, rounds: { select: { roundId: true }, orderBy: { roundId: "asc" } },
} as const satisfies Prisma.SourceDocumentSelect;

function documentItem({ url: sourceUrl, publishedOn, rounds, ...d }: Prisma.SourceDocumentGetPayload<{ select: typeof DOCUMENT_SELECT }>, origin: string) {
  return { ...d, sourceUrl, publishedOn: publishedOn ? isoDay(publishedOn) : null, roundIds: rounds.map((r) => r.roundId), url: `${origin}/documents/${d.id}` };
}

export async function apiDocuments(q: z.output<typeof documentsQuery>, origin: string) {
  const rows = await db.sourceDocument.findMany({
    where: { id: after(q.cursor), language: q.language, ...(q.round ? { rounds: { some: { roundId: q.round } } } : {}) },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: DOCUMENT_SELECT,
  });
  return rows.map((row) => documentItem(row, origin));
}

export async function apiDocument(id: number, origin: string) {
  const row = await db.sourceDocument.findUnique({ where: { id }, select: { ...DOCUMENT_SELECT, text: true } });
  if (!row) return null;
  const { text, ...rest } = row;
  return { ...documentItem(rest, origin), text };
}

/** Cases as lib/data/cases.ts gives them to this reader: its confidentiality rule holds here too. */
export async function apiCases(q: z.output<typeof casesQuery>, origin: string, reader: Reader) {
  const rows = await listCases(caseFiltersOf(q), reader, { after: q.cursor, limit: q.limit });
  return rows.map((row) => caseItem(row, origin));
}

/** A case as the list and the record both give it. */
function caseItem(row: CaseSummary, origin: string) {
  return {
    id: row.id,
    name: row.name,
    identityHidden: row.identityHidden,
    sensitive: row.sensitive,
    situation: row.situation,
    situationAsOf: row.situationAsOf ? isoDay(row.situationAsOf) : null,
    themes: row.themes,
    rounds: row.rounds.map((r) => ({ id: r.id, title: r.title, startDate: isoDay(r.startDate) })),
    url: `${origin}/cases/${row.id}`,
  };
}

export async function apiCase(id: number, origin: string, reader: Reader) {
  const view = await getCase(id, reader);
  if (!view || view.mergedIntoId) return null;
  const evidence = (pieces: typeof view.situations[number]["evidence"]) =>
    pieces.map((e) => ({ quote: e.quote, translation: e.translation, documentId: e.document.id, language: e.document.language }));
  return {
    ...caseItem(caseSummary(view), origin),
    spellings: view.spellings,
    summary: view.summary,
    situations: view.situations.map((s) => ({ situation: s.situation, asOf: isoDay(s.asOf), asOfPrecision: s.asOfPrecision, note: s.note, evidence: evidence(s.evidence) })),
    raisedAt: view.rounds.map((r) => ({ roundId: r.round.id, title: r.round.title, note: r.note, evidence: evidence(r.evidence) })),
    concerns: view.concerns.map((c) => ({ id: c.concern.id, title: c.concern.title })),
  };
}
