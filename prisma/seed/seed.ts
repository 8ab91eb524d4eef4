// Loads the demo dataset (data.ts, made from the five corpus documents) and the
// demo users. Idempotent: it only adds what is missing, matching on natural keys,
// so re-running it never duplicates rows or overwrites an analyst's edits.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { aliasTermKey } from "@/lib/domain/aliases";
import { caseNameKeys } from "@/lib/domain/cases";
import { parsePartialDate, type PartialDate } from "@/lib/domain/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { aliases } from "./aliases";
import { cases, concerns, documents, handedOverLists, rounds, themes } from "./data";
import { demoUsers } from "./demo-users";

const CORPUS_DIR = path.join(import.meta.dirname, "corpus");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function corpusText(file: string): string {
  return readFileSync(path.join(CORPUS_DIR, file), "utf8");
}

export async function seed(db: PrismaClient, options: { users?: boolean } = {}) {
  if (options.users ?? true) {
    for (const user of demoUsers) {
      const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
      if (!existing) {
        await db.user.create({
          data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
        });
      }
    }
  }

  const themeIds = new Map<string, number>();
  for (const [index, theme] of themes.entries()) {
    const row = await db.theme.upsert({
      where: { slug: theme.key },
      update: {},
      create: { slug: theme.key, name: theme.name, description: theme.description, sortOrder: index },
      select: { id: true },
    });
    themeIds.set(theme.key, row.id);
  }

  const roundIds = new Map<string, number>();
  for (const round of rounds) {
    const found = await db.round.findFirst({
      where: { kind: round.kind, startDate: day(round.startDate) },
      select: { id: true },
    });
    const row =
      found ??
      (await db.round.create({
        data: {
          kind: round.kind,
          number: round.number,
          title: round.title,
          startDate: day(round.startDate),
          endDate: round.endDate ? day(round.endDate) : null,
          place: round.place,
          format: round.format,
          euDelegationHead: round.euDelegationHead,
          kzDelegationHead: round.kzDelegationHead,
          summary: round.summary,
        },
        select: { id: true },
      }));
    roundIds.set(round.key, row.id);
  }

  const documentIds = new Map<string, number>();
  for (const document of documents) {
    const found = await db.sourceDocument.findFirst({
      where: { title: document.title, publishedOn: day(document.publishedOn) },
      select: { id: true },
    });
    const row =
      found ??
      (await db.sourceDocument.create({
        data: {
          title: document.title,
          publisher: document.publisher,
          url: document.url,
          publishedOn: day(document.publishedOn),
          language: document.language,
          text: corpusText(document.file),
          rounds: { create: document.roundKeys.map((key) => ({ roundId: need(roundIds, key) })) },
        },
        select: { id: true },
      }));
    documentIds.set(document.key, row.id);
  }

  const caseIds = new Map<string, number>();
  for (const individualCase of cases) {
    const found = await db.individualCase.findFirst({ where: { personName: individualCase.personName }, select: { id: true } });
    const row =
      found ??
      (await db.individualCase.create({
        data: {
          personName: individualCase.personName,
          spellings: individualCase.spellings,
          nameKeys: caseNameKeys(individualCase.personName, individualCase.spellings),
          summary: individualCase.summary,
          rounds: {
            create: individualCase.rounds.map((r) => ({
              roundId: need(roundIds, r.roundKey),
              evidence: { create: { quote: r.quote, documentId: need(documentIds, r.documentKey) } },
            })),
          },
        },
        select: { id: true },
      }));
    // Situations are matched on their own, so a database seeded before they had quotes gets them now.
    for (const s of individualCase.situations) {
      const asOf = seedDate(s.asOf);
      const existing = await db.caseSituationRecord.findFirst({
        where: { caseId: row.id, situation: s.situation, asOf: asOf.date },
        select: { id: true, _count: { select: { evidence: true } } },
      });
      const evidence = { quote: s.quote, documentId: need(documentIds, s.documentKey) };
      if (!existing) {
        await db.caseSituationRecord.create({
          data: { caseId: row.id, situation: s.situation, asOf: asOf.date, asOfPrecision: asOf.precision, note: s.note, evidence: { create: evidence } },
        });
      } else if (existing._count.evidence === 0) {
        await db.caseSituationEvidence.create({ data: { ...evidence, situationId: existing.id } });
      }
    }
    caseIds.set(individualCase.key, row.id);
  }

  for (const list of handedOverLists) {
    const roundId = need(roundIds, list.roundKey);
    if (await db.handedOverList.findFirst({ where: { roundId, quote: list.quote }, select: { id: true } })) continue;
    await db.handedOverList.create({
      data: {
        roundId,
        size: list.size,
        quote: list.quote,
        documentId: need(documentIds, list.documentKey),
        cases: { create: list.caseKeys.map((key) => ({ caseId: need(caseIds, key) })) },
      },
    });
  }

  const analyst = await db.user.findFirst({ where: { role: "ANALYST" }, orderBy: { id: "asc" }, select: { id: true } });
  for (const concern of concerns) {
    const themeId = need(themeIds, concern.themeKey);
    const found = await db.concern.findFirst({ where: { title: concern.title, themeId }, select: { id: true } });
    const concernId =
      found?.id ??
      (
        await db.concern.create({
          data: {
            title: concern.title,
            description: concern.description,
            themeId,
            legalReferences: concern.legalReferences,
            firstRaisedRoundId: need(roundIds, concern.firstRaisedRoundKey),
            cases: { create: concern.caseKeys.map((key) => ({ caseId: need(caseIds, key) })) },
          },
          select: { id: true },
        })
      ).id;
    // Links added to data.ts after a database was seeded arrive too.
    await db.concernCase.createMany({ data: concern.caseKeys.map((key) => ({ concernId, caseId: need(caseIds, key) })), skipDuplicates: true });
    for (const alias of aliases[concern.key] ?? []) {
      const termKey = aliasTermKey(alias.term);
      await db.concernAlias.upsert({
        where: { concernId_termKey: { concernId, termKey } },
        update: {},
        create: { concernId, term: alias.term, termKey, language: alias.language },
      });
    }
    for (const status of concern.statuses) {
      const roundId = need(roundIds, status.roundKey);
      const existing = await db.statusAssessment.findUnique({ where: { concernId_roundId: { concernId, roundId } }, select: { id: true } });
      if (existing) continue;
      await db.statusAssessment.create({
        data: {
          concernId,
          roundId,
          status: status.status,
          note: status.note,
          authorId: analyst?.id ?? null,
          evidence: { create: { quote: status.quote, documentId: need(documentIds, status.documentKey) } },
        },
      });
    }
  }
}

function seedDate(text: string): PartialDate {
  const parsed = parsePartialDate(text, "Seed date");
  if (!parsed.ok || !parsed.value) throw new Error(`Seed data has a bad date "${text}"`);
  return parsed.value;
}

function need(ids: Map<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed data refers to unknown key "${key}"`);
  return id;
}
