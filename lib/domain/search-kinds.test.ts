import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, searchedKinds, snippetParts } from "@/lib/domain/search-kinds";

describe("snippetParts", () => {
  it("cuts a snippet into plain and highlighted parts, so markup in the text stays text", () => {
    expect(snippetParts(`<b>the ${MARK_START}journalists${MARK_END} and ${MARK_START}bloggers${MARK_END}`)).toEqual([
      { text: "<b>the ", marked: false },
      { text: "journalists", marked: true },
      { text: " and ", marked: false },
      { text: "bloggers", marked: true },
    ]);
    expect(snippetParts("no match")).toEqual([{ text: "no match", marked: false }]);
  });
});

describe("searchedKinds", () => {
  it("leaves out the kinds a set filter cannot apply to", () => {
    expect(searchedKinds([])).toEqual(["concern", "quote", "note", "document", "round", "case"]);
    expect(searchedKinds(["language"])).toEqual(["quote", "document"]);
    expect(searchedKinds(["theme", "dates"])).toEqual(["concern", "quote", "note"]);
  });
});
