import { describe, expect, it } from "vitest";
import { highlightQuotes } from "@/lib/domain/highlight";

describe("highlightQuotes", () => {
  it("marks each quote where it occurs and leaves the rest plain", () => {
    const segments = highlightQuotes("The EU raised torture. It welcomed the law.", [{ id: 1, quote: "raised torture" }, { id: 2, quote: "welcomed  the law" }]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["The EU ", []], ["raised torture", [1]], [". It ", []], ["welcomed the law", [2]], [".", []],
    ]);
  });
  it("marks overlapping quotes with both items and skips quotes that are absent", () => {
    const segments = highlightQuotes("abc def ghi", [{ id: 1, quote: "abc def" }, { id: 2, quote: "def ghi" }, { id: 3, quote: "zzz" }]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([["abc ", [1]], ["def", [1, 2]], [" ghi", [2]]]);
  });
});
