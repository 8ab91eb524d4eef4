// Search, continued: a concern is found by its aliases, each read in its own
// language, and notes and translations are stemmed in the language they are
// written in, told by their script (lib/domain/search-language.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { addAlias, removeAlias } from "@/lib/actions/aliases";
import { search, searchConfigs, type SearchFilters } from "@/lib/data/search";
import { db } from "@/lib/db";
import { plainSnippet, snippetParts } from "@/lib/domain/search-kinds";
import { TEXT_LANGUAGES, textSearchConfig } from "@/lib/domain/search-language";
import { parseSearchQuery, type SearchQuery } from "@/lib/domain/search-query";
import { actAs, formData, slugOf, unique } from "@/test/integration/helpers";

/** A word of random letters no other test writes, so hits come only from this file's records. */
const token = () => `zq${Array.from({ length: 8 }, () => "bdfgklmnprstvz".charAt(Math.floor(Math.random() * 14))).join("")}`;

function parsed(text: string): SearchQuery {
  const result = parseSearchQuery(text);
  if (!result.ok) throw new Error(result.message);
  return result.query;
}
const find = (text: string, filters: SearchFilters) => search(parsed(text), filters, { offset: 0, limit: 50 }, { role: "ANALYST" });
const marked = (snippet: string) => snippetParts(snippet).filter((p) => p.marked).map((p) => p.text);

let themeId: number;
let roundId: number;
let documentId: number;

beforeAll(async () => {
  await actAs("ANALYST");
  themeId = (await db.theme.create({ data: { slug: slugOf(unique("alias-theme")), name: unique("Alias theme") } })).id;
  roundId = (await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Notes round"), startDate: new Date("2032-01-01") } })).id;
  // English only: no Russian document makes search ask in Russian.
  documentId = (await db.sourceDocument.create({ data: { title: unique("Notes release"), publisher: "EEAS", language: "en", text: "The EU raised media freedom." } })).id;
});

describe("a concern's aliases in search", () => {
  it("find the concern, each alias stemmed in its language, with the matching alias highlighted", async () => {
    const concern = await db.concern.create({ data: { title: `Civil society space ${token()}`, description: "Registration of NGOs.", themeId } });
    for (const [term, language] of [["Foreign agents register", "en"], ["Иностранные агенты", "ru"], ["Diffamazione a mezzo stampa", "it"]]) {
      expect((await addAlias(initialActionState, formData({ concernId: concern.id, term, language }))).ok, term).toBe(true);
    }
    const english = (await find("foreign agent registers", { kind: "concern" })).hits.find((h) => h.id === concern.id);
    expect(english?.snippet && plainSnippet(english.snippet)).toBe("Also known as: Foreign agents register");
    expect(marked(english!.snippet)).toEqual(["Foreign", "agents", "register"]);
    const russian = (await find("иностранных агентов", { kind: "concern" })).hits.find((h) => h.id === concern.id);
    expect(marked(russian!.snippet)).toEqual(["Иностранные", "агенты"]);
    // No document is Italian: the alias's language alone makes search ask in Italian.
    const italian = (await find("diffamazioni", { kind: "concern" })).hits.find((h) => h.id === concern.id);
    expect(marked(italian!.snippet)).toEqual(["Diffamazione"]);
    // Found by its own text, the concern shows its description as before.
    const own = (await find("registration NGOs", { kind: "concern" })).hits.find((h) => h.id === concern.id);
    expect(plainSnippet(own!.snippet)).toBe("Registration of NGOs");
  });

  it("stop finding the concern once the alias is removed, and rank an alias like a title", async () => {
    const word = token();
    const byAlias = await db.concern.create({ data: { title: "Assembly law", themeId } });
    const byDescription = await db.concern.create({ data: { title: "Protest permits", description: `Mentions ${word} once.`, themeId } });
    await addAlias(initialActionState, formData({ concernId: byAlias.id, term: `${word} rules`, language: "en" }));
    expect((await find(word, { kind: "concern" })).hits.map((h) => h.id)).toEqual([byAlias.id, byDescription.id]);
    const alias = await db.concernAlias.findFirstOrThrow({ where: { concernId: byAlias.id }, select: { id: true } });
    expect((await removeAlias(initialActionState, formData({ id: alias.id }))).ok).toBe(true);
    expect((await find(word, { kind: "concern" })).hits.map((h) => h.id)).toEqual([byDescription.id]);
  });

  it("make the concern one record with its own text: a word left out leaves it out, words may match title and alias together", async () => {
    const word = token();
    const concern = await db.concern.create({ data: { title: `Registration of NGOs ${word}`, themeId } });
    await addAlias(initialActionState, formData({ concernId: concern.id, term: "Foreign agents law", language: "en" }));
    expect((await find(`registration foreign agents ${word}`, { kind: "concern" })).hits.map((h) => h.id)).toEqual([concern.id]);
    expect((await find(`${word} -agents`, { kind: "concern" })).total).toBe(0);
    expect((await find(`${word} -"foreign agents"`, { kind: "concern" })).total).toBe(0);
  });

  it("follow an alias moved to another concern", async () => {
    const word = token();
    const [from, to] = await Promise.all(["Moved from", "Moved to"].map((title) => db.concern.create({ data: { title: unique(title), themeId } })));
    await addAlias(initialActionState, formData({ concernId: from!.id, term: word, language: "en" }));
    await db.concernAlias.updateMany({ where: { concernId: from!.id }, data: { concernId: to!.id } });
    expect((await find(word, { kind: "concern" })).hits.map((h) => h.id)).toEqual([to!.id]);
  });

  it("keep both of two aliases added at once, and let a concern with aliases be deleted", async () => {
    const [first, second] = [token(), token()];
    const concern = await db.concern.create({ data: { title: unique("Concurrent aliases"), themeId } });
    const alias = (term: string) => ({ concernId: concern.id, term, termKey: term, language: "en" });
    let inserted!: () => void;
    let release!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const one = db.$transaction(async (tx) => {
      await tx.concernAlias.create({ data: alias(first) });
      inserted();
      await released;
    });
    await didInsert;
    // Waits for the first transaction's lock on the concern, then reads both aliases.
    let otherDone = false;
    const other = db.concernAlias.create({ data: alias(second) }).then(() => (otherDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(otherDone).toBe(false);
    release();
    await Promise.all([one, other]);
    expect((await find(first, { kind: "concern" })).hits.map((h) => h.id)).toEqual([concern.id]);
    expect((await find(second, { kind: "concern" })).hits.map((h) => h.id)).toEqual([concern.id]);
    await db.concern.delete({ where: { id: concern.id } });
    expect((await find(first, { kind: "concern" })).total).toBe(0);
  });
});

describe("notes and translations in search", () => {
  const status = async (note: string, translation = "") => {
    const concern = await db.concern.create({ data: { title: unique("Noted concern"), themeId } });
    return db.statusAssessment.create({
      data: { concernId: concern.id, roundId, status: "RAISED", note, evidence: { create: { documentId, quote: "The EU raised media freedom.", translation } } },
      select: { id: true, evidence: { select: { id: true } } },
    });
  };

  it("are searched in Russian even when no document is", async () => {
    expect(await searchConfigs()).toEqual(expect.arrayContaining(TEXT_LANGUAGES.map(textSearchConfig)));
  });

  it("stem a Russian note in Russian, an English one in English, and keep a Kazakh one as written", async () => {
    const word = token();
    const russian = await status(`Задержаны журналисты, освещавшие протесты ${word}.`);
    const english = await status(`Bloggers were fined ${word}.`);
    const kazakh = await status(`Журналистер қамауға алынды ${word}.`);
    const found = await find(`журналист ${word}`, { kind: "note" });
    expect(found.hits.map((h) => h.id)).toEqual([russian.id]);
    expect(marked(found.hits[0]!.snippet)).toEqual(["журналисты", word]);
    expect((await find(`blogger ${word}`, { kind: "note" })).hits.map((h) => h.id)).toEqual([english.id]);
    expect((await find(`журналистер ${word}`, { kind: "note" })).hits.map((h) => h.id)).toEqual([kazakh.id]);
  });

  it("stem a quote's Russian translation in Russian", async () => {
    const word = token();
    const translated = await status("", `ЕС обсудил преследование журналистов ${word}.`);
    const found = await find(`журналисты ${word}`, { kind: "quote" });
    expect(found.hits.map((h) => h.id)).toEqual([translated.evidence[0]!.id]);
    expect(marked(found.hits[0]!.secondSnippet!)).toEqual(["журналистов", word]);
  });
});
