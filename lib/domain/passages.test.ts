import { describe, expect, it } from "vitest";
import { passageSpan, splitPassages } from "@/lib/domain/passages";
import { quoteOccursIn } from "@/lib/domain/quote";

const TEXT = `Title line

The EU raised concerns about torture. It welcomed the new law on domestic violence.
Статья 274 Уголовного кодекса. Ещё одно предложение.`;

describe("splitPassages", () => {
  it("cuts paragraphs into sentences that are exact slices of the text", () => {
    const passages = splitPassages(TEXT);
    expect(passages.map((p) => p.text)).toEqual([
      "Title line",
      "The EU raised concerns about torture.",
      "It welcomed the new law on domestic violence.",
      "Статья 274 Уголовного кодекса.",
      "Ещё одно предложение.",
    ]);
    for (const p of passages) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => p.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });

  it("gives a span of several passages verbatim, in either direction", () => {
    const passages = splitPassages(TEXT);
    const span = passageSpan(TEXT, passages, 2, 1);
    expect(span).toBe("The EU raised concerns about torture. It welcomed the new law on domestic violence.");
    expect(quoteOccursIn(passageSpan(TEXT, passages, 2, 3), TEXT)).toBe(true);
    expect(passageSpan(TEXT, passages, 9, 9)).toBe("");
  });
});
