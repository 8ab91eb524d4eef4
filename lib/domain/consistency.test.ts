import { describe, expect, it } from "vitest";
import { statusWarnings } from "@/lib/domain/consistency";

describe("status form warnings", () => {
  const r = (i: number) => ({ id: i, title: `Round ${i}`, startDate: `20${50 + i}-01-01` });
  it("warns of a Raised after a discussion and of a status before first raised", () => {
    const history = [{ round: r(2), status: "IN_PROGRESS" as const }];
    expect(statusWarnings(r(3), "RAISED", history, r(2))).toEqual([expect.stringMatching(/already discussed at Round 2/)]);
    expect(statusWarnings(r(1), "NO_PROGRESS", history, r(2))).toEqual([expect.stringMatching(/before Round 2/)]);
    expect(statusWarnings(r(1), "NOT_RAISED", history, r(2))).toEqual([]);
    expect(statusWarnings(r(3), "NO_PROGRESS", history, r(2))).toEqual([]);
  });
});
