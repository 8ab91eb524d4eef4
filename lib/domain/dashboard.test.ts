import { describe, expect, it } from "vitest";
import { addChange, addToMix, emptyChanges, emptyMix, mixSentence, roundShortLabel } from "@/lib/domain/dashboard";

describe("dashboard tallies", () => {
  it("counts changes by direction and ignores concerns not assessed at the latest round", () => {
    const changes = emptyChanges();
    addChange(changes, "RAISED", "IN_PROGRESS");
    addChange(changes, "IN_PROGRESS", "REGRESSED", 2);
    addChange(changes, null, "RAISED");
    addChange(changes, "NOT_RAISED", "NO_PROGRESS");
    addChange(changes, "RAISED", "NOT_RAISED");
    addChange(changes, "RAISED", null);
    addChange(changes, "RAISED", "NO_PROGRESS"); // same rank: not a change
    expect(changes).toEqual({ improved: 1, worsened: 2, newlyRaised: 2, notRaised: 1 });
  });

  it("puts concerns without a status in 'no record' and says so in words", () => {
    const mix = emptyMix();
    addToMix(mix, "RAISED", 2);
    addToMix(mix, null);
    expect(mix.total).toBe(3);
    expect(mixSentence(mix, (s) => (s === "RAISED" ? "Raised" : s))).toBe("2 raised, 1 with no record in these rounds");
  });

  it("labels rounds by year, kind and official number", () => {
    expect(roundShortLabel({ kind: "HUMAN_RIGHTS_DIALOGUE", number: 5, startDate: "2013-11-27" })).toBe("2013 (5th)");
    expect(roundShortLabel({ kind: "JHA_SUBCOMMITTEE", number: 18, startDate: "2020-11-27" })).toBe("2020 JHA (18th)");
    expect(roundShortLabel({ kind: "HUMAN_RIGHTS_DIALOGUE", number: 12, startDate: "2020-11-26" })).toBe("2020 (12th)");
    expect(roundShortLabel({ kind: "OTHER_ENGAGEMENT", number: null, startDate: "2021-07-12" })).toBe("2021 Other");
  });
});
