import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/lib/domain/search-query";

const terms = (input: string) => {
  const parsed = parseSearchQuery(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query.terms;
};

describe("parseSearchQuery", () => {
  it("reads words, phrases, prefixes and exclusions", () => {
    expect(terms('torture "false information" journal* -blogger -"media law"')).toEqual([
      { kind: "word", text: "torture", negated: false },
      { kind: "phrase", text: "false information", negated: false },
      { kind: "prefix", text: "journal", negated: false },
      { kind: "word", text: "blogger", negated: true },
      { kind: "phrase", text: "media law", negated: true },
    ]);
  });

  it("keeps only letters and digits, so no tsquery syntax passes through", () => {
    expect(terms("a&b | !cc:* (d)")).toEqual([
      { kind: "phrase", text: "a b", negated: false },
      { kind: "prefix", text: "cc", negated: false },
      { kind: "word", text: "d", negated: false },
    ]);
    expect(terms("журнал*")).toEqual([{ kind: "prefix", text: "журнал", negated: false }]);
    expect(terms("'; DROP TABLE x; --")).toEqual([
      { kind: "word", text: "DROP", negated: false },
      { kind: "word", text: "TABLE", negated: false },
      { kind: "word", text: "x", negated: false },
    ]);
  });

  it("finds names across scripts and articles in any language", () => {
    const parsed = parseSearchQuery("Бокаев статья 274");
    expect(parsed.ok && parsed.query.nameKeys).toContain("bokaev");
    expect(parsed.ok && parsed.query.legalKeys).toEqual(["art:274"]);
  });

  it("says why a query cannot be searched", () => {
    expect(parseSearchQuery("   ")).toEqual({ ok: false, message: "Type a word to search for." });
    expect(parseSearchQuery("-torture")).toMatchObject({ ok: false, message: expect.stringContaining("cannot only leave words out") });
    expect(parseSearchQuery('"false information')).toMatchObject({ ok: false, message: expect.stringContaining("closing quote") });
    expect(parseSearchQuery("j*")).toMatchObject({ ok: false, message: expect.stringContaining("at least 2 letters") });
    expect(parseSearchQuery("x".repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining("200 characters") });
    expect(parseSearchQuery(Array.from({ length: 13 }, (_, i) => `w${i}`).join(" "))).toMatchObject({ ok: false, message: expect.stringContaining("at most 12") });
  });
});
