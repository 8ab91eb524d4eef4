import { describe, expect, it } from "vitest";
import { MAX_ID, parseId, parsePage } from "./params";

describe("parseId", () => {
  it("reads canonical positive integers up to PostgreSQL's int4 maximum", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(MAX_ID);
    expect(parseId(42)).toBe(42);
  });

  it.each([true, false, null, undefined, {}, [], ["1"], " 1 ", "1 ", "0x10", "1e3", "01", "0", "-1", "", "1.0", "1.5", "2147483648", "99999999999", "١", "+1"])(
    "refuses %j",
    (value) => {
      expect(parseId(value)).toBeNull();
    },
  );

  it("refuses numbers that are not positive int4 integers", () => {
    for (const value of [0, -1, 1.5, 2 ** 31, Number.NaN, Infinity]) expect(parseId(value)).toBeNull();
  });
});

describe("parsePage", () => {
  it("refuses 1e300 and pages past the maximum instead of handing them to the database", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage("1e300")).toBeNull();
    expect(parsePage("100001")).toBeNull();
  });
});
