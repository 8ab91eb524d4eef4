// Search everything (issue 11): full text in English, Russian and Kazakh on a
// hand-built fixture, its filters, paging, query syntax, names across scripts,
// a sensitive case kept from viewers, and the API's errors.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { db } from "@/lib/db";
import { caseNameKeys } from "@/lib/domain/cases";
import { search, type SearchFilters, type SearchSelection } from "@/lib/data/search";
import { plainSnippet, snippetParts } from "@/lib/domain/search-kinds";
import { parseSearchQuery } from "@/lib/domain/search-query";
import type { Role } from "@/lib/generated/prisma/enums";
import { cyrillicPersonName, personName } from "@/test/integration/case-fixtures";
import { actAs, slugOf, unique } from "@/test/integration/helpers";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const get = (url: string) => (searchRoute as Handler)(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });

/** A word of random letters no other test writes, so hits come only from this file's records. */
const token = () => `zq${Array.from({ length: 8 }, () => "bdfgklmnprstvz".charAt(Math.floor(Math.random() * 14))).join("")}`;
const TOK = token();

const EN = `The EU raised the prosecution of journalists ${TOK} for spreading false information. Bloggers were fined; the EU also discussed torture prevention ${TOK}.`;
const RU = `ЕС выразил обеспокоенность преследованием журналистов ${TOK} за распространение ложной информации.`;
const KK = `ЕО журналистерді ${TOK} жалған ақпарат таратқаны үшін қудалауға алаңдаушылық білдірді.`;

async function find(text: string, filters: SearchFilters = {}, selection: SearchSelection = { offset: 0, limit: 50 }, role: Role = "ANALYST") {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return search(parsed.query, filters, selection, { role });
}

let f: Awaited<ReturnType<typeof makeSearchFixture>>;

async function makeSearchFixture() {
  const theme = await db.theme.create({ data: { slug: slugOf(unique("search-theme")), name: unique("Search theme") } });
  const other = await db.theme.create({ data: { slug: slugOf(unique("search-other")), name: unique("Search other") } });
  const early = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Search round early"), startDate: new Date("2030-02-01"), summary: `Talks on ${TOK} media freedom.` } });
  const late = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Search round late"), startDate: new Date("2031-03-01") } });
  const doc = (language: string, text: string, roundId: number, publishedOn: string) =>
    db.sourceDocument.create({ data: { title: unique(`Press release ${language}`), publisher: "EEAS", language, text, publishedOn: new Date(publishedOn), rounds: { create: { roundId } } } });
  const en = await doc("en", EN, early.id, "2030-02-02");
  const ru = await doc("ru", RU, early.id, "2030-02-03");
  const kk = await doc("kk", KK, late.id, "2031-03-02");
  const concern = await db.concern.create({ data: { title: `Prosecution of journalists ${TOK}`, description: "Charges of spreading false information.", themeId: theme.id, legalReferences: ["Criminal Code Art. 274"] } });
  const otherConcern = await db.concern.create({ data: { title: `Torture prevention ${TOK}`, themeId: other.id } });
  const status = (concernId: number, roundId: number, s: "RAISED" | "NO_PROGRESS", quotes: { documentId: number; quote: string }[], note = "") =>
    db.statusAssessment.create({ data: { concernId, roundId, status: s, note, evidence: { create: quotes } }, select: { id: true, evidence: { select: { id: true, documentId: true } } } });
  const raised = await status(concern.id, early.id, "RAISED", [{ documentId: en.id, quote: EN.split(". ")[0]! }, { documentId: ru.id, quote: RU }], `Analyst: ${TOK} bloggers fined too.`);
  const again = await status(concern.id, late.id, "NO_PROGRESS", [{ documentId: kk.id, quote: KK }]);
  await status(otherConcern.id, early.id, "RAISED", [{ documentId: en.id, quote: `the EU also discussed torture prevention ${TOK}` }]);
  const quoteOf = (documentId: number) => [...raised.evidence, ...again.evidence].find((e) => e.documentId === documentId)!.id;
  return { theme, other, early, late, en, ru, kk, concern, otherConcern, raised, again, quote: { en: quoteOf(en.id), ru: quoteOf(ru.id), kk: quoteOf(kk.id) } };
}

beforeAll(async () => {
  f = await makeSearchFixture();
});

describe("search", () => {
  it("finds every kind, grouped with counts, each hit with a highlighted snippet and a link to the exact place", async () => {
    const result = await find(`journalists ${TOK}`);
    expect(result.counts).toEqual({ concern: 1, quote: 1, document: 1, note: 0, round: 0, case: 0 });
    expect(result.total).toBe(3);
    const quote = result.hits.find((h) => h.kind === "quote" && h.id === f.quote.en)!;
    expect(quote.href).toBe(`/concerns/${f.concern.id}?quote=${f.quote.en}#round-${f.early.id}`);
    expect(snippetParts(quote.snippet).filter((p) => p.marked).map((p) => p.text)).toEqual(["journalists", TOK]);
    const document = result.hits.find((h) => h.kind === "document" && h.id === f.en.id)!;
    expect(document.href).toMatch(new RegExp(`^/documents/${f.en.id}\\?passage=.+#passage$`));
    expect(EN).toContain(new URLSearchParams(document.href.split("?")[1]!.split("#")[0]).get("passage"));
  });

  it("stems each text in its own language: Russian finds declined words, Kazakh (no stemmer) finds its words as written", async () => {
    const russian = await find(`журналисты ${TOK}`);
    expect(russian.hits.filter((h) => h.kind === "quote").map((h) => h.id)).toEqual([f.quote.ru]);
    const hit = russian.hits.find((h) => h.kind === "quote")!;
    expect(snippetParts(hit.snippet).find((p) => p.marked)?.text).toBe("журналистов");
    const kazakh = await find(`журналистерді ${TOK}`);
    expect(kazakh.hits.filter((h) => h.kind === "quote").map((h) => h.id)).toEqual([f.quote.kk]);
    const prefix = await find(`журналист* ${TOK}`, { kind: "quote" });
    expect(prefix.hits.map((h) => h.id).sort()).toEqual([f.quote.ru, f.quote.kk].sort());
  });

  it("ranks the record with more and weightier matches first", async () => {
    const word = token();
    const inDescription = await db.concern.create({ data: { title: "Later concern", description: `About ${word} once.`, themeId: f.theme.id } });
    const inTitle = await db.concern.create({ data: { title: `The ${word} concern`, themeId: f.theme.id } });
    expect((await find(word)).hits.map((h) => h.id)).toEqual([inTitle.id, inDescription.id]);
    const concerns = await find(`journalists ${TOK}`, { kind: "concern" });
    expect(concerns.hits.map((h) => h.id)).toEqual([f.concern.id]);
    expect(snippetParts(concerns.hits[0]!.title).filter((p) => p.marked).map((p) => p.text)).toEqual(["journalists", TOK]);
  });

  it("reads phrases, prefixes and exclusions", async () => {
    expect((await find(`"false information" ${TOK}`, { kind: "document" })).hits.map((h) => h.id)).toEqual([f.en.id]);
    expect((await find(`"information false" ${TOK}`, { kind: "document" })).total).toBe(0);
    expect((await find(`journal* ${TOK}`, { kind: "document" })).hits.map((h) => h.id)).toEqual([f.en.id]);
    expect((await find(`${TOK} -torture`, { kind: "concern" })).hits.map((h) => h.id)).toEqual([f.concern.id]);
    expect((await find(`${TOK} -"torture prevention"`, { kind: "document" })).hits.map((h) => h.id).sort()).toEqual([f.ru.id, f.kk.id].sort());
  });

  it("finds a concern by an article in any language, and notes", async () => {
    expect((await find(`статья 274 ${TOK}`, { kind: "concern" })).hits.map((h) => h.id)).toContain(f.concern.id);
    const notes = await find(`bloggers ${TOK}`, { kind: "note" });
    expect(notes.hits).toEqual([expect.objectContaining({ id: f.raised.id, href: `/concerns/${f.concern.id}#round-${f.early.id}`, context: expect.stringContaining("Raised") })]);
  });

  it("filters by theme, round, status, language and dates, leaving out the kinds a filter cannot apply to", async () => {
    const byLanguage = await find(TOK, { language: "ru" });
    expect(Object.keys(byLanguage.counts).sort()).toEqual(["document", "quote"]);
    expect(byLanguage.counts).toEqual({ document: 1, quote: 1 });
    const byTheme = await find(TOK, { themeId: f.other.id });
    expect(byTheme.counts).toMatchObject({ concern: 1, quote: 1 });
    expect(byTheme.hits.find((h) => h.kind === "concern")!.id).toBe(f.otherConcern.id);
    expect((await find(TOK, { roundId: f.late.id, kind: "quote" })).hits.map((h) => h.id)).toEqual([f.quote.kk]);
    expect((await find(TOK, { status: "NO_PROGRESS" })).counts).toEqual({ concern: 1, quote: 1, note: 0 });
    const dated = await find(TOK, { from: "2031-01-01", to: "2031-12-31" });
    expect(dated.counts).toMatchObject({ quote: 1, document: 1, round: 0, concern: 1 });
    expect(dated.counts.case).toBeUndefined();
  });

  it("leaves out a merged concern with its quotes and notes", async () => {
    const word = token();
    const merged = await db.concern.create({ data: { title: `Merged ${word}`, themeId: f.theme.id, mergedIntoId: f.concern.id } });
    await db.statusAssessment.create({ data: { concernId: merged.id, roundId: f.late.id, status: "RAISED", note: `Note ${word}`, evidence: { create: { documentId: f.en.id, quote: `Quote ${word}` } } } });
    expect((await find(word)).counts).toMatchObject({ concern: 0, quote: 0, note: 0 });
    expect((await find(word, { roundId: f.late.id })).counts).toMatchObject({ concern: 0, quote: 0, note: 0 });
  });

  it("pages through every hit with the total shown, without repeats", async () => {
    const word = token();
    const concerns = await Promise.all(Array.from({ length: 7 }, (_, i) => db.concern.create({ data: { title: `Paged ${word} concern ${i}`, themeId: f.theme.id }, select: { id: true } })));
    const seen: number[] = [];
    for (let offset = 0; offset < 9; offset += 3) {
      const page = await find(word, { kind: "concern" }, { offset, limit: 3 });
      expect(page.total).toBe(7);
      seen.push(...page.hits.map((h) => h.id));
    }
    expect(seen.sort()).toEqual(concerns.map((c) => c.id).sort());
  });
});

describe("individual cases in search", () => {
  it("finds a person across Latin and Cyrillic spellings", async () => {
    const { cyrillic, latin } = cyrillicPersonName();
    const person = await db.individualCase.create({ data: { personName: latin, spellings: [cyrillic], nameKeys: caseNameKeys(latin, [cyrillic]), summary: "A blogger." }, select: { id: true } });
    const lastCyrillic = cyrillic.split(" ")[1]!;
    for (const text of [lastCyrillic, latin.split(" ")[1]!, `${lastCyrillic.slice(0, -1)}а`]) {
      expect((await find(text, { kind: "case" })).hits.map((h) => h.id), text).toEqual([person.id]);
    }
  });

  it("keeps a sensitive case from a viewer: not found by name, by its label only, in the data layer and the API", async () => {
    const name = personName();
    const hidden = await db.individualCase.create({ data: { personName: name, sensitive: true, summary: `Detained ${TOK} activist.` }, select: { id: true } });
    expect((await find(name, { kind: "case" }, undefined, "ANALYST")).hits.map((h) => h.id)).toEqual([hidden.id]);
    expect((await find(name, {}, undefined, "VIEWER")).counts.case).toBe(0);
    expect((await find(`activist ${TOK}`, {}, undefined, "VIEWER")).counts.case).toBe(0);
    const byLabel = await find(`Case ${hidden.id}`, { kind: "case" }, undefined, "VIEWER");
    expect(byLabel.hits).toEqual([expect.objectContaining({ id: hidden.id, title: `Case ${hidden.id}`, snippet: "", identityHidden: true })]);

    await actAs("VIEWER");
    const api = await (await get(`/api/v1/search?q=${encodeURIComponent(name)}`)).json();
    expect(api.counts.case).toBe(0);
    expect(JSON.stringify(api)).not.toContain(name);
    const label = await (await get(`/api/v1/search?q=Case%20${hidden.id}&kind=case`)).json();
    expect(label.items).toEqual([expect.objectContaining({ title: `Case ${hidden.id}`, snippet: "", url: `http://localhost/cases/${hidden.id}` })]);
    await actAs("ANALYST");
    const analyst = await (await get(`/api/v1/search?q=${encodeURIComponent(name)}&kind=case`)).json();
    expect(analyst.items[0]).toMatchObject({ id: hidden.id, title: name });
  });
});

describe("GET /api/v1/search", () => {
  it("pages with a cursor and gives each hit's canonical URL and highlights", async () => {
    await actAs("VIEWER");
    const first = await get(`/api/v1/search?q=${TOK}&kind=quote&limit=2`);
    expect(first.status).toBe(200);
    // The search's own share of the answer's time, for a client to tell it from the network's.
    expect(first.headers.get("server-timing")).toMatch(/^search;dur=\d+\.\d$/);
    const body = await first.json();
    expect(body).toMatchObject({ total: 4, nextCursor: "2", counts: expect.objectContaining({ quote: 4 }) });
    expect(body.items[0].url).toMatch(/^http:\/\/localhost\/concerns\/\d+\?quote=\d+#round-\d+$/);
    const { snippet, highlights } = body.items[0];
    expect(highlights.map((h: { start: number; end: number }) => snippet.slice(h.start, h.end))).toContain(TOK);
    const next = await (await get(new URL(body.links.next).pathname + new URL(body.links.next).search)).json();
    expect(next.nextCursor).toBeNull();
    expect(new Set([...body.items, ...next.items].map((h: { id: number }) => h.id)).size).toBe(4);
  });

  it.each([
    ["", "q"],
    ["q=", "q"],
    ["q=" + "a".repeat(201), "q"],
    ["q=%22open", "q"],
    ["q=-torture", "q"],
    ["q=x&kind=letters", "kind"],
    ["q=x&limit=abc", "limit"],
    ["q=x&limit=1000", "limit"],
    ["q=x&theme=first", "theme"],
    ["q=x&round=", "round"],
    ["q=x&status=DONE", "status"],
    ["q=x&language=Russian", "language"],
    ["q=x&from=2030-13-01", "from"],
    ["q=x&to=tomorrow", "to"],
    ["q=x&cursor=-1", "cursor"],
    ["q=x&sort=rank", "sort"],
    ["q=x&q=y", "q"],
  ])("refuses ?%s with a problem naming %s", async (query, name) => {
    await actAs("VIEWER");
    const response = await get(`/api/v1/search?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body.detail).toContain(name);
    expect(body.errors[name]).toBeDefined();
  });

  it("needs a login, and is listed in the OpenAPI document", async () => {
    await actAs(null);
    expect((await get(`/api/v1/search?q=${TOK}`)).status).toBe(401);
    await actAs("VIEWER");
    const document = await (await (openApiRoute as Handler)(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) })).json();
    const names = document.paths["/api/v1/search"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["q", "kind", "theme", "round", "status", "language", "from", "to", "limit", "cursor"]));
  });
});

it("plainSnippet strips the markers", () => expect(plainSnippet("a\u0002b\u0003c")).toBe("abc"));
