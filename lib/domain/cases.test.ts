import { describe, expect, it } from "vitest";
import { caseNameKeys, currentSituation, roundsSince, seesIdentity } from "@/lib/domain/cases";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("caseNameKeys", () => {
  it("gives Latin and Cyrillic spellings of one name the same keys", () => {
    expect(caseNameKeys("Max Bokayev", [])).toEqual(caseNameKeys("макс бокаев", []));
    expect(caseNameKeys("Seitkazy Matayev", ["Сейтказы Матаев"])).toEqual(caseNameKeys("Seitkazy Matayev", []));
  });
});

describe("currentSituation", () => {
  it("is the latest by date, and the one recorded last on a tie", () => {
    const a = { id: 1, asOf: day("2017-11-23") };
    const b = { id: 3, asOf: day("2017-12-06") };
    const c = { id: 2, asOf: day("2017-12-06") };
    expect(currentSituation([b, a, c])).toBe(b);
    expect(currentSituation([])).toBeNull();
  });
});

describe("roundsSince", () => {
  it("counts the rounds held after the date", () => {
    const rounds = [day("2013-11-26"), day("2017-11-29"), day("2020-11-26")];
    expect(roundsSince(day("2017-11-29"), rounds)).toBe(1);
    expect(roundsSince(day("2010-01-01"), rounds)).toBe(3);
    expect(roundsSince(null, rounds)).toBeNull();
  });
});

describe("seesIdentity", () => {
  it("hides a sensitive case's identity from viewers only", () => {
    expect(seesIdentity("VIEWER", true)).toBe(false);
    expect(seesIdentity("VIEWER", false)).toBe(true);
    expect(seesIdentity("ANALYST", true)).toBe(true);
    expect(seesIdentity("ADMIN", true)).toBe(true);
  });
});
