import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { cases, concerns, documents, handedOverLists, rounds, themes } from "@/prisma/seed/data";
import { demoUsers } from "@/prisma/seed/demo-users";
import { seed } from "@/prisma/seed/seed";
import { createDatabaseOn } from "@/test/support/test-database";

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the demo seed", () => {
  let db: PrismaClient;
  beforeAll(async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "seed_idempotent");
    await migrate(url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    await seed(db);
  });
  afterAll(() => db.$disconnect());

  const counts = async () => ({
    users: await db.user.count(),
    themes: await db.theme.count(),
    rounds: await db.round.count(),
    documents: await db.sourceDocument.count(),
    documentRounds: await db.documentRound.count(),
    concerns: await db.concern.count(),
    statuses: await db.statusAssessment.count(),
    cases: await db.individualCase.count(),
    situations: await db.caseSituationRecord.count(),
    situationEvidence: await db.caseSituationEvidence.count(),
    lists: await db.handedOverList.count(),
  });

  it("loads every round, document, theme, concern and status of data.ts, and one user per role", async () => {
    const loaded = await counts();
    expect(loaded).toMatchObject({
      users: demoUsers.length,
      themes: themes.length,
      rounds: rounds.length,
      documents: documents.length,
      concerns: concerns.length,
      statuses: concerns.reduce((n, c) => n + c.statuses.length, 0),
    });
    expect(loaded.concerns).toBeGreaterThanOrEqual(25);
    const roles = await db.user.findMany({ select: { role: true } });
    expect(roles.map((u) => u.role).sort()).toEqual(["ADMIN", "ANALYST", "VIEWER"]);
  });

  it("is idempotent: a second run adds nothing and keeps an analyst's edits", async () => {
    const before = await counts();
    const concern = await db.concern.findFirstOrThrow({ select: { id: true } });
    await db.concern.update({ where: { id: concern.id }, data: { description: "Edited by an analyst" } });
    await seed(db);
    expect(await counts()).toEqual(before);
    const after = await db.concern.findUniqueOrThrow({ where: { id: concern.id }, select: { description: true } });
    expect(after.description).toBe("Edited by an analyst");
  });

  it("gives every concern a status, and every status a quote found verbatim in its document, which reports on that round", async () => {
    const rows = await db.concern.findMany({
      select: {
        title: true,
        statusAssessments: {
          select: { roundId: true, evidence: { select: { quote: true, document: { select: { text: true, rounds: { select: { roundId: true } } } } } } },
        },
      },
    });
    for (const concern of rows) {
      expect(concern.statusAssessments.length, concern.title).toBeGreaterThan(0);
      for (const status of concern.statusAssessments) {
        expect(status.evidence.length, concern.title).toBeGreaterThan(0);
        for (const piece of status.evidence) {
          expect(normalise(piece.document.text)).toContain(normalise(piece.quote));
          expect(piece.document.rounds.map((r) => r.roundId)).toContain(status.roundId);
        }
      }
    }
  });

  it("stores round numbers only where a text states them", async () => {
    const numbered = await db.round.findMany({ where: { number: { not: null } }, select: { number: true, kind: true }, orderBy: { startDate: "asc" } });
    expect(numbered).toEqual([
      { number: 5, kind: "HUMAN_RIGHTS_DIALOGUE" },
      { number: 12, kind: "HUMAN_RIGHTS_DIALOGUE" },
      { number: 18, kind: "JHA_SUBCOMMITTEE" },
      { number: 16, kind: "HUMAN_RIGHTS_DIALOGUE" },
    ]);
  });
  it("loads the cases the texts name, each situation with its quote, and the 2020 list as a list of unknown cases", async () => {
    const rows = await db.individualCase.findMany({
      select: { personName: true, situations: { select: { evidence: { select: { quote: true, document: { select: { text: true } } } } } } },
    });
    expect(rows.map((r) => r.personName).sort()).toEqual(cases.map((c) => c.personName).sort());
    for (const row of rows) {
      for (const situation of row.situations) {
        expect(situation.evidence.length, row.personName).toBeGreaterThan(0);
        for (const piece of situation.evidence) expect(normalise(piece.document.text)).toContain(normalise(piece.quote));
      }
    }
    const [list] = await db.handedOverList.findMany({ select: { size: true, round: { select: { number: true } }, _count: { select: { cases: true } } } });
    expect(list).toEqual({ size: null, round: { number: 12 }, _count: { cases: 0 } });
    expect(handedOverLists).toHaveLength(1);
  });
});
