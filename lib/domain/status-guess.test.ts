import { describe, expect, it } from "vitest";
import { STATUSES } from "@/lib/domain/status";
import { guessStatus } from "@/lib/domain/status-guess";

describe("guessStatus", () => {
  it("offers RAISED only for a concern never discussed before", () => {
    expect(guessStatus(null)).toEqual({ status: "RAISED", reason: "never discussed before this round" });
    for (const status of STATUSES.filter((s) => s !== "NOT_RAISED")) {
      expect(guessStatus({ status, roundTitle: "12th dialogue" }).status).not.toBe("RAISED");
    }
  });

  it("keeps acknowledged steps, and otherwise guesses a reiteration, naming the earlier round", () => {
    expect(guessStatus({ status: "IN_PROGRESS", roundTitle: "12th dialogue" })).toEqual({ status: "IN_PROGRESS", reason: "in progress at 12th dialogue" });
    expect(guessStatus({ status: "RAISED", roundTitle: "5th dialogue" })).toEqual({ status: "NO_PROGRESS", reason: "already discussed at 5th dialogue" });
    expect(guessStatus({ status: "REGRESSED", roundTitle: "5th dialogue" }).status).toBe("NO_PROGRESS");
  });
});
