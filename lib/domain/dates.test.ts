import { describe, expect, it } from "vitest";
import { parsePartialDate, partialDateInput, realDay } from "./dates";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("parsePartialDate", () => {
  it("reads a day, a month or a year, with how much is known", () => {
    expect(parsePartialDate("2025-03-06", "Date")).toEqual({ ok: true, value: { date: utc("2025-03-06"), precision: "DAY" } });
    expect(parsePartialDate("2025-03", "Date")).toEqual({ ok: true, value: { date: utc("2025-03-01"), precision: "MONTH" } });
    expect(parsePartialDate(" 2025 ", "Date")).toEqual({ ok: true, value: { date: utc("2025-01-01"), precision: "YEAR" } });
  });

  it("reads empty as not known", () => {
    expect(parsePartialDate("", "Date")).toEqual({ ok: true, value: null });
    expect(parsePartialDate("   ", "Date")).toEqual({ ok: true, value: null });
  });

  it("refuses a day that does not exist instead of rolling it over", () => {
    expect(parsePartialDate("2020-02-30", "Publication date")).toEqual({
      ok: false,
      message: "Publication date: 2020-02-30 is not a real date; February 2020 has 29 days.",
    });
    expect(parsePartialDate("2021-02-29", "Date").ok).toBe(false);
    expect(parsePartialDate("2024-02-29", "Date").ok).toBe(true);
    expect(parsePartialDate("2025-04-31", "Date").ok).toBe(false);
  });

  it("refuses a month that does not exist and anything not in one of the three shapes", () => {
    expect(parsePartialDate("2025-13", "Date")).toEqual({ ok: false, message: "Date: 13 is not a month (01 to 12)." });
    expect(parsePartialDate("2025-00-10", "Date").ok).toBe(false);
    for (const text of ["06/03/2025", "March 2025", "25", "2025-3", "2025-03-6", "20250306", "2025--06"]) {
      expect(parsePartialDate(text, "Date")).toMatchObject({ ok: false, message: expect.stringContaining("YYYY-MM-DD, YYYY-MM or YYYY") });
    }
  });
});

describe("realDay", () => {
  it("gives the UTC day for a real date and null otherwise", () => {
    expect(realDay("2013-11-27")).toEqual(utc("2013-11-27"));
    expect(realDay("2013-11-31")).toBeNull();
    expect(realDay("2013-11")).toBeNull();
  });
});

describe("partialDateInput", () => {
  it("writes a stored date back as it was typed", () => {
    expect(partialDateInput(utc("2025-03-06"), "DAY")).toBe("2025-03-06");
    expect(partialDateInput(utc("2025-03-01"), "MONTH")).toBe("2025-03");
    expect(partialDateInput(utc("2025-01-01"), "YEAR")).toBe("2025");
    expect(partialDateInput(null, "DAY")).toBe("");
  });
});
