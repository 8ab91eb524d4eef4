// The quote rule is written twice: normaliseQuote and quoteOccursIn in
// lib/domain/quote.ts (the forms, the document edit check, the highlighting)
// and dt_normalise_quote and dt_quote_occurs_in in the database (the status
// save and source_documents.quote_text, migration 20261126040000_record_status_in_one_call). This test holds
// the two together, on hand-picked texts and on seeded random ones made of the
// characters the rule treats specially.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normaliseQuote, quoteOccursIn } from "@/lib/domain/quote";
import { prng } from "@/test/support/random";

const SAMPLES = [
  "",
  "   ",
  "\u200B",
  "  the  EU\n\traised\u00A0concerns ",
  "\u201Cfalse information\u201D \u2014 the EU\u2019s view",
  "\u00ABиностранные агенты\u00BB \u2013 закон",
  "Қазақстан \u2012 \u2011 \u2010 \u2212 adılet",
  "e\u0301te\u0301 \u00E9t\u00E9",
  "tabs\tand\u000Bvertical\ftabs\r\nand\u2028lines\u2029",
  "ideographic\u3000space\uFEFFbom\u205Fmath\u1680ogham\u202Fnarrow\u2007figure",
  "\u0085next-line stays, \u180E Mongolian vowel separator too",
  "primes \u2032 \u2033 acute \u00B4 backtick ` low \u201A \u201E reversed \u201B \u201F",
];

const ALPHABET = [..."ab EU", "\t", "\n", "\u00A0", "\u2007", "\u200B", "\u3000", "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u2014", "\u2013", "-", "'", '"', "e\u0301", "\u00E9", "ж", "қ", "\u0085"];

function randomTexts(count: number, seed: number): string[] {
  const next = prng(seed).next;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 24) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(""));
}

describe("the quote rule in the database and in TypeScript", () => {
  it("normalises every text alike", async () => {
    const texts = [...SAMPLES, ...randomTexts(400, 20261126)];
    const rows = await db.$queryRaw<{ normalised: string }[]>`
      SELECT dt_normalise_quote(t) AS normalised FROM unnest(${texts}::text[]) WITH ORDINALITY u(t, i) ORDER BY i`;
    expect(rows.map((r) => r.normalised)).toEqual(texts.map(normaliseQuote));
  });

  it("finds a quote in a text exactly when TypeScript does", async () => {
    const texts = randomTexts(300, 7);
    const quotes = randomTexts(300, 11).map((q, i) => (i % 3 === 0 ? texts[i]!.slice(2, 12) : q.slice(0, 4)));
    const pairs = [
      ["the EU raised concerns", SAMPLES[3]!],
      ["\u201Cfalse information\u201D - the EU's view", SAMPLES[4]!],
      ['"иностранные агенты" - закон', SAMPLES[5]!],
      ["étÉ", SAMPLES[7]!],
      ["   ", "a text"],
      ["", "a text"],
      ["journalists", "bloggers"],
      ...quotes.map((q, i) => [q, texts[i]!]),
    ];
    const rows = await db.$queryRaw<{ found: boolean }[]>`
      SELECT dt_quote_occurs_in(q, t) AS found FROM unnest(${pairs.map((p) => p[0]!)}::text[], ${pairs.map((p) => p[1]!)}::text[]) WITH ORDINALITY u(q, t, i) ORDER BY i`;
    const expected = pairs.map(([quote, text]) => quoteOccursIn(quote!, text!));
    expect(rows.map((r) => r.found)).toEqual(expected);
    // Both answers occur among the pairs, so agreement is not agreement on "never".
    expect(new Set(expected)).toEqual(new Set([true, false]));
  });

  it("keeps each document's text as the rule reads it, also after an edit", async () => {
    const document = await db.sourceDocument.create({ data: { title: "Quote rule", publisher: "EEAS", text: SAMPLES[4]! }, select: { id: true } });
    const quoteText = async () => (await db.$queryRaw<{ q: string }[]>`SELECT quote_text AS q FROM source_documents WHERE id = ${document.id}`)[0]!.q;
    expect(await quoteText()).toBe(normaliseQuote(SAMPLES[4]!));
    await db.sourceDocument.update({ where: { id: document.id }, data: { text: SAMPLES[9]! } });
    expect(await quoteText()).toBe(normaliseQuote(SAMPLES[9]!));
  });
});
