import { describe, expect, it } from "vitest";
import { legalKeys } from "@/lib/domain/legal-references";

describe("legalKeys", () => {
  it.each([
    ["Criminal Code Art. 274", ["art:274"]],
    ["Article 274 of the Criminal Code", ["art:274"]],
    ["(Criminal Code Article 274)", ["art:274"]],
    ["art. 274 del codice penale", ["art:274"]],
    ["ai sensi dell'articolo 274", ["art:274"]],
    ["по статье 274 УК РК", ["art:274"]],
    ["Статья 274 Уголовного кодекса", ["art:274"]],
    ["ст. 274 УК", ["art:274"]],
    ["ст.274", ["art:274"]],
    ["Қылмыстық кодекстің 274-бабы бойынша", ["art:274"]],
    ["274-бап", ["art:274"]],
    ["бабы 274", ["art:274"]],
  ])("reads %j as %j", (text, keys) => {
    expect(legalKeys(text)).toEqual(keys);
  });

  it("reads every number of a list", () => {
    expect(legalKeys("remain subject to criminal penalty (Articles 131 and 378).")).toEqual(["art:131", "art:378"]);
    expect(legalKeys("статьи 131 и 378 УК")).toEqual(["art:131", "art:378"]);
    expect(legalKeys("articoli 131 e 378")).toEqual(["art:131", "art:378"]);
    expect(legalKeys("131 және 378-баптар")).toEqual(["art:131", "art:378"]);
  });

  it("keeps an inserted article apart from its base and spells both forms alike", () => {
    expect(legalKeys("Article 274-1")).toEqual(["art:274-1"]);
    expect(legalKeys("статья 274.1")).toEqual(["art:274-1"]);
    expect(legalKeys("274-1-бабы")).toEqual(["art:274-1"]);
  });

  it("ignores a part number in brackets and a full stop after the number", () => {
    expect(legalKeys("Article 274(2) applies.")).toEqual(["art:274"]);
    expect(legalKeys("under Article 274.")).toEqual(["art:274"]);
  });

  it("finds nothing in numbers that are not articles, or in words that merely start alike", () => {
    expect(legalKeys("On 25 January 2025 the Constitutional Court ruled")).toEqual([]);
    expect(legalKeys("a start 274 and the state 12")).toEqual([]);
    expect(legalKeys("статус 274")).toEqual([]);
  });
});
