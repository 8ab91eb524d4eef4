import { describe, expect, it } from "vitest";
import { optionalText, partialDate, requiredText } from "./common";

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
