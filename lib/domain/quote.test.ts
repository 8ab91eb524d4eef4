import { describe, expect, it } from "vitest";
import { findQuoteRange, normaliseQuote, quoteOccursIn } from "@/lib/domain/quote";

describe("normaliseQuote", () => {
  it("collapses runs of whitespace, including line breaks and non-breaking spaces", () => {
    expect(normaliseQuote("  the  EU\n\traised\u00A0concerns ")).toBe("the EU raised concerns");
  });
  it("turns curly quote marks and dashes into plain ones", () => {
    expect(normaliseQuote("\u201Cfalse information\u201D \u2014 the EU\u2019s view")).toBe('"false information" - the EU\'s view');
  });
});

describe("quoteOccursIn", () => {
  const text = 'The EU raised concerns about "false information" charges\nagainst  bloggers.';
  it("finds a quote that differs only in whitespace and quote marks", () => {
    expect(quoteOccursIn("raised concerns about \u201Cfalse information\u201D charges against bloggers", text)).toBe(true);
  });
  it("refuses words that are not in the text", () => {
    expect(quoteOccursIn("raised concerns about journalists", text)).toBe(false);
  });
  it("refuses an empty quote", () => {
    expect(quoteOccursIn("   ", text)).toBe(false);
  });
});

describe("findQuoteRange", () => {
  it("maps a normalised match back to the original characters", () => {
    const text = "Intro.  The EU\nwelcomed \u201Cthe abolition\u201D of the death penalty.";
    const range = findQuoteRange('EU welcomed "the abolition"', text);
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe("EU\nwelcomed \u201Cthe abolition\u201D");
  });
  it("returns null when the quote is absent", () => {
    expect(findQuoteRange("not there", "some other text")).toBeNull();
  });
});
