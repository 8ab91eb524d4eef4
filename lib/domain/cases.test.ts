import { describe, expect, it } from "vitest";
import { caseHighlights, caseNameKeys, currentSituation, isSensitive, roundsSince, seesIdentity, suggestCases } from "@/lib/domain/cases";

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

describe("isSensitive", () => {
  it("makes a merged record as sensitive as the case it was merged into", () => {
    expect(isSensitive({ sensitive: false, mergedInto: { sensitive: true } })).toBe(true);
    expect(isSensitive({ sensitive: true, mergedInto: null })).toBe(true);
    expect(isSensitive({ sensitive: false, mergedInto: { sensitive: false } })).toBe(false);
  });
});

describe("caseHighlights", () => {
  const r = (id: number, iso: string) => ({ id, startDate: day(iso) });
  const [r1, r2, r3] = [r(1, "2017-11-29"), r(2, "2020-11-26"), r(3, "2025-03-06")];
  it("finds cases raised at the latest round, changed since the previous one, and raised repeatedly with no change", () => {
    const stuck = { rounds: [r1, r2, r3], situationAsOf: day("2017-01-01") };
    const moved = { rounds: [r2], situationAsOf: day("2021-05-01") };
    const quiet = { rounds: [r1], situationAsOf: null };
    const result = caseHighlights([stuck, moved, quiet], r3, r2);
    expect(result.raisedAtLatest).toEqual([stuck]);
    expect(result.changedSincePrevious).toEqual([moved]);
    expect(result.raisedWithoutChange).toEqual([{ case: stuck, times: 3 }]);
  });
});

describe("suggestCases", () => {
  const bokayev = { id: 1, nameKeys: caseNameKeys("Max Bokayev", ["Макс Бокаев"]) };
  const matayev = { id: 2, nameKeys: caseNameKeys("Seitkazy Matayev", []) };
  const cases = [matayev, bokayev];

  it("finds the case a passage names, in another script and declined", () => {
    expect(suggestCases(cases, "ЕС посетил Бокаева в тюрьме.").map((s) => s.case.id)).toEqual([1]);
    expect(suggestCases(cases, "The EU welcomed the early release of Seitkazy Matayev.")).toEqual([{ case: matayev, words: ["Matayev", "Seitkazy"] }]);
    expect(suggestCases(cases, "The EU raised a number of individual cases.")).toEqual([]);
  });

  it("finds cases by the start of a typed name, in either script, whatever the passage says", () => {
    expect(suggestCases(cases, "Seitkazy Matayev", "бока").map((s) => s.case.id)).toEqual([1]);
    expect(suggestCases(cases, "", "max bok").map((s) => s.case.id)).toEqual([1]);
    expect(suggestCases(cases, "", "Bokayev Matayev")).toEqual([]);
  });
});
