import { describe, expect, it } from "vitest";
import { z } from "zod";
import { id, idList, optionalPositiveId, optionalText, partialDate, requiredText, version } from "./common";

describe("text limits", () => {
  it("counts a line break once, as the counter in the browser does, though the form sent CRLF", () => {
    const note = optionalText("Note", 5);
    expect(note.safeParse("ab\r\ncd").data).toBe("ab\ncd");
    expect(note.safeParse("ab\r\ncd\r\n\r\nx").success).toBe(false);
  });

  it("refuses past the limit with a message instead of cutting", () => {
    const result = requiredText("Title", 3).safeParse("abcd");
    expect(result.error?.issues[0]?.message).toBe("Title must be at most 3 characters.");
  });
});

describe("partialDate", () => {
  it("gives the date and its precision, null when empty, and a message for a day that does not exist", () => {
    expect(partialDate("Date").parse("2025-03")).toEqual({ date: new Date("2025-03-01T00:00:00Z"), precision: "MONTH" });
    expect(partialDate("Date").parse(undefined)).toBeNull();
    expect(partialDate("Date").safeParse("2020-02-30").error?.issues[0]?.message).toMatch(/not a real date/);
  });
});

describe("ids", () => {
  it.each([true, " 1 ", "0x10", "1e3", "01", "2147483648", "-1", "", undefined, ["1", "2"]])("refuses %j with a field message", (value) => {
    expect(id.safeParse(value).error?.issues[0]?.message).toBe("Choose an item.");
  });

  it("accepts canonical ids as FormData sends them", () => {
    expect(id.parse("2147483647")).toBe(2147483647);
    expect(version.parse("3")).toBe(3);
    expect(version.safeParse("0x10").error?.issues[0]?.message).toMatch(/reload the page/);
  });

  it("leaves an optional id null when the field is absent or empty, and refuses a bad one", () => {
    const schema = z.object({ roundId: optionalPositiveId("Choose a round.") });
    expect(schema.parse({})).toEqual({ roundId: null });
    expect(schema.parse({ roundId: "" })).toEqual({ roundId: null });
    expect(schema.safeParse({ roundId: "0x10" }).error?.issues[0]?.message).toBe("Choose a round.");
  });

  it("checks every id of a list", () => {
    expect(idList.parse(["1", "2"])).toEqual([1, 2]);
    expect(idList.parse(undefined)).toEqual([]);
    expect(idList.safeParse(["1", "0x10"]).error?.issues[0]?.message).toBe("Choose an item.");
    expect(idList.safeParse(["1", "2147483648"]).success).toBe(false);
  });
});

describe("control characters", () => {
  it.each(["a\u0000b", "a\u0007b", "\u202Eevil", "x\u2066y", "del\u007F"])("refuses %j in text fields, naming the problem", (value) => {
    for (const schema of [requiredText("Title", 100), optionalText("Note", 100)]) {
      expect(schema.safeParse(value).error?.issues[0]?.message).toMatch(/control character \(U\+[0-9A-F]{4}\)/);
    }
  });

  it("keeps tabs and line breaks", () => {
    expect(optionalText("Note", 100).parse("a\tb\r\nc")).toBe("a\tb\nc");
  });
});
