// Suggestion ranking on fixtures each test makes itself (the shared database
// also holds the demo seed, so expectations name the fixture's own concerns).
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { addAlias } from "@/lib/actions/aliases";
import { suggestConcernsForPassage } from "@/lib/actions/statuses";
import { type ConcernSuggestion, suggestConcerns } from "@/lib/data/suggestions";
import { suggestionKeys, suggestionSql } from "@/lib/data/suggestions-sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeReason } from "@/lib/domain/suggestions";
import { makeFixture } from "@/test/integration/fixtures";
import { actAs, formData, unique } from "@/test/integration/helpers";

const find = (list: ConcernSuggestion[], id: number) => list.find((s) => s.id === id);

describe("suggestConcerns", () => {
  let fixture: Awaited<ReturnType<typeof makeFixture>>;
  beforeAll(async () => {
    await actAs("ANALYST");
    fixture = await makeFixture();
  });

  it("finds a concern by its legal reference written another way, in another language", async () => {
    const concern = await db.concern.create({ data: { title: unique("Charges for spreading rumours"), themeId: fixture.theme.id, legalReferences: ["Criminal Code Art. 274"] } });
    for (const passage of ["Блогера обвинили по статье 274 УК РК.", "ст. 274 УК", "Қылмыстық кодекстің 274-бабы бойынша айып тағылды.", "ai sensi dell'articolo 274"]) {
      const hit = find(await suggestConcerns({ passage, roundId: fixture.round.id, limit: 10 }), concern.id);
      expect(hit?.reasons, passage).toContainEqual({ kind: "legal", key: "art:274", reference: "Criminal Code Art. 274" });
    }
    expect(find(await suggestConcerns({ passage: "статья 275 УК", roundId: fixture.round.id, limit: 10 }), concern.id)).toBeUndefined();
  });

  it("finds a person's concern from a Cyrillic, declined spelling of the name", async () => {
    const concern = await db.concern.create({ data: { title: `Imprisonment of Max Bokayev ${unique("x")}`, themeId: fixture.theme.id } });
    const russian = find(await suggestConcerns({ passage: "Представители ЕС посетили Бокаева в колонии.", roundId: fixture.round.id, language: "ru", limit: 10 }), concern.id);
    expect(russian?.reasons).toContainEqual({ kind: "name", name: "Бокаева" });
    const kazakh = find(await suggestConcerns({ passage: "ЕО Бокаевтың ісін көтерді.", roundId: fixture.round.id, language: "kk", limit: 10 }), concern.id);
    expect(kazakh?.reasons).toContainEqual({ kind: "name", name: "Бокаевтың" });
  });

  it("finds a concern through its Russian and Kazakh aliases, in the document's language", async () => {
    const concern = await db.concern.create({ data: { title: unique("Punitive psychiatry against activists"), themeId: fixture.theme.id } });
    for (const [term, language] of [["принудительная психиатрия", "ru"], ["мәжбүрлі психиатрия", "kk"]]) {
      expect((await addAlias(initialActionState, formData({ concernId: concern.id, term, language }))).ok).toBe(true);
    }
    const document = await db.sourceDocument.create({
      data: { title: unique("Пресс-релиз"), publisher: "МИД", publishedOn: new Date("2030-01-16"), language: "ru", text: "…", rounds: { create: { roundId: fixture.round.id } } },
    });
    const russian = await suggestConcerns({ passage: "ЕС обеспокоен применением принудительной психиатрии к активистам.", roundId: fixture.round.id, documentId: document.id });
    expect(russian[0]).toMatchObject({ id: concern.id, hasStatus: false });
    expect(russian[0]!.reasons).toContainEqual({ kind: "alias", term: "принудительная психиатрия", language: "ru" });
    const kazakh = await suggestConcerns({ passage: "Белсенділерге мәжбүрлі психиатрияның қолданылуы.", roundId: fixture.round.id, language: "kk" });
    expect(kazakh[0]?.reasons).toContainEqual({ kind: "alias", term: "мәжбүрлі психиатрия", language: "kk" });
  });

  it("uses the analyst's translation of the passage", async () => {
    const marker = unique("zq").split(" ")[1]!;
    const concern = await db.concern.create({ data: { title: `Conscientious objection to military service ${marker}`, themeId: fixture.theme.id } });
    const passage = "ЕО әскери қызметтен бас тарту құқығын көтерді.";
    expect(find(await suggestConcerns({ passage, roundId: fixture.round.id, language: "kk", limit: 10 }), concern.id)).toBeUndefined();
    const translated = await suggestConcerns({ passage, translation: `The EU raised conscientious objection to military service ${marker}.`, roundId: fixture.round.id, language: "kk" });
    expect(translated[0]?.id).toBe(concern.id);
    expect(translated[0]!.reasons).toContainEqual(expect.objectContaining({ kind: "words", words: expect.arrayContaining(["conscientious", "objection"]) }));
  });

  it("flags a concern that already has a status at the round, and explains every suggestion without a percentage", async () => {
    const title = unique("Harassment of lawyers defending journalists");
    const [held, free] = await Promise.all([
      db.concern.create({ data: { title: `${title} held`, themeId: fixture.theme.id } }),
      db.concern.create({ data: { title: `${title} free`, themeId: fixture.theme.id } }),
    ]);
    await db.statusAssessment.create({ data: { concernId: held.id, roundId: fixture.round.id, status: "NOT_RAISED" } });
    const list = await suggestConcerns({ passage: `The EU raised the ${title.toLowerCase()}.`, roundId: fixture.round.id, limit: 10 });
    expect(find(list, held.id)?.hasStatus).toBe(true);
    expect(find(list, free.id)?.hasStatus).toBe(false);
    for (const suggestion of list) {
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      for (const reason of suggestion.reasons) expect(describeReason(reason)).not.toMatch(/%/);
    }
  });

  it("finds a concern through a quote recorded for it, ahead of hundreds of weaker matches", async () => {
    const { round, theme, document } = fixture;
    const concern = await db.concern.create({ data: { title: unique("Harassment of oil workers' unions"), themeId: theme.id } });
    const decoys = unique("Decoy concern");
    // More loosely matching quotes than one index read keeps (QUOTES_PER_BRANCH), each of another concern.
    await db.$transaction([
      db.$executeRaw`INSERT INTO concerns (title, theme_id, updated_at) SELECT ${decoys} || ' ' || n, ${theme.id}, now() FROM generate_series(1, 250) n`,
      db.$executeRaw`INSERT INTO status_assessments (concern_id, round_id, status, updated_at)
        SELECT id, ${round.id}, 'RAISED', now() FROM concerns WHERE title LIKE ${decoys} || ' %'`,
      db.$executeRaw`INSERT INTO status_evidence (status_id, document_id, quote)
        SELECT sa.id, ${document.id}, 'ЕС вновь выразил обеспокоенность преследованием независимых журналистов, дело ' || c.id || '.'
          FROM status_assessments sa JOIN concerns c ON c.id = sa.concern_id WHERE c.title LIKE ${decoys} || ' %'`,
      db.statusAssessment.create({
        data: {
          concernId: concern.id, roundId: round.id, status: "RAISED",
          evidence: { create: { documentId: document.id, quote: "ЕС выразил обеспокоенность преследованием независимых профсоюзов нефтяников в Мангистау." } },
        },
      }),
    ]);
    const list = await suggestConcerns({ passage: "ЕС вновь выразил обеспокоенность преследованием независимых профсоюзов нефтяников.", roundId: round.id, language: "ru", limit: 3 });
    expect(list[0]).toMatchObject({ id: concern.id, hasStatus: true });
    expect(list[0]!.reasons).toContainEqual({ kind: "quote", closeness: "close" });
    expect(list.slice(1).map((s) => s.title)).toEqual([expect.stringContaining(decoys), expect.stringContaining(decoys)]);
  });

  it("leaves out quotes less similar than the threshold", async () => {
    const { round, theme, document } = fixture;
    const concern = await db.concern.create({ data: { title: unique("Working conditions in the oil fields"), themeId: theme.id } });
    await db.statusAssessment.create({
      data: {
        concernId: concern.id, roundId: round.id, status: "RAISED",
        evidence: { create: { documentId: document.id, quote: "Делегации обсудили условия труда на нефтяных месторождениях Жанаозена." } },
      },
    });
    const suggest = (passage: string) => suggestConcerns({ passage, roundId: round.id, language: "ru", limit: 10 });
    expect(find(await suggest("Делегации обсудили условия труда на месторождениях Жанаозена."), concern.id)?.reasons).toContainEqual({ kind: "quote", closeness: "close" });
    // Similarity 0.42: under QUOTE_SIMILARITY_THRESHOLD, above pg_trgm's default 0.3.
    expect(find(await suggest("Обсуждались условия труда нефтяников Жанаозена."), concern.id)).toBeUndefined();
  });

  it("reads the closest recorded quotes from the index in order, instead of sorting every match", async () => {
    const input = suggestionKeys({ passage: "The EU raised torture.", translation: "ЕС поднял вопрос о пытках.", roundId: fixture.round.id })!;
    // The test database is small: without these the planner would rightly read it all.
    const [, , plan] = await db.$transaction([
      db.$executeRaw`SET LOCAL enable_seqscan = off`,
      db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
      db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${suggestionSql(input)}`),
    ]);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    // "Order By" is an index scan handing rows over in distance order (a sort would say "Sort Key"):
    // one per text (the passage, the translation) and column.
    expect(text.match(/Order By: \(quote <->/g)).toHaveLength(2);
    expect(text.match(/Order By: \(translation <->/g)).toHaveLength(2);
  });

  it("is reached through the analysts' action, with the document and the translation", async () => {
    const state = await suggestConcernsForPassage(
      initialActionState,
      formData({ passage: "статья 274", roundId: fixture.round.id, documentId: fixture.document.id, translation: "false information" }),
    );
    expect(state.ok).toBe(true);
    expect((state.data as ConcernSuggestion[]).length).toBeGreaterThan(0);
    const refused = await suggestConcernsForPassage(initialActionState, formData({ passage: "x", roundId: fixture.round.id, translation: "y".repeat(2001) }));
    expect(refused.fieldErrors?.translation).toEqual(["The translation must be at most 2,000 characters."]);
  });
});
