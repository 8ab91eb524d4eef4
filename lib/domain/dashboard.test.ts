import { describe, expect, it } from "vitest";
import { emptyChangeCounts } from "@/lib/domain/changes";
import { addChange, addToMix, compareError, comparedRounds, emptyMix, mixSentence, roundShortLabel, type RoundColumn } from "@/lib/domain/dashboard";

describe("dashboard tallies", () => {
  it("counts concerns by named change and skips those with nothing to report", () => {
    const changes = emptyChangeCounts();
    addChange(changes, "improved");
    addChange(changes, "worsened", 2);
    addChange(changes, null, 5);
    expect(changes).toMatchObject({ improved: 1, worsened: 2, reiterated: 0, dropped: 0 });
  });

  const round = (id: number): RoundColumn => ({ id, title: `Round ${id}`, kind: "HUMAN_RIGHTS_DIALOGUE", number: null, startDate: `20${10 + id}-01-01` });
  const rounds = [round(1), round(2), round(3), round(4)];

  it("compares the latest round with the one before it unless told otherwise", () => {
    expect(comparedRounds(rounds, {})).toEqual({ at: rounds[3], against: rounds[2] });
    expect(comparedRounds(rounds, { at: 3 })).toEqual({ at: rounds[2], against: rounds[1] });
    expect(comparedRounds(rounds, { at: 4, against: 1 })).toEqual({ at: rounds[3], against: rounds[0] });
    expect(comparedRounds(rounds, { at: 1 })).toEqual({ at: rounds[0], against: null });
    expect(comparedRounds([], {})).toBeNull();
  });

  it("refuses a compare with a round out of view or not earlier than the other", () => {
    expect(compareError(rounds, { at: 4, against: 2 })).toBeNull();
    expect(compareError(rounds, { against: 3 })).toBeNull();
    expect(compareError(rounds, { at: 99 })).toMatch(/not among the rounds in view/);
    expect(compareError(rounds, { at: 2, against: 3 })).toMatch(/before/);
    expect(compareError(rounds, { against: 4 })).toMatch(/before/);
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
