import { describe, expect, it } from "vitest";
import { changeBetween, CHANGE_INFO } from "@/lib/domain/changes";

describe("changeBetween", () => {
  it("names the issue's examples", () => {
    expect(changeBetween(null, "RAISED", false)).toBe("newly-raised");
    expect(changeBetween("NOT_RAISED", "NO_PROGRESS", false)).toBe("newly-raised");
    expect(changeBetween("NO_PROGRESS", "RESOLVED", true)).toBe("improved");
    expect(changeBetween("REGRESSED", "IN_PROGRESS", true)).toBe("improved");
    expect(changeBetween("RESOLVED", "REGRESSED", true)).toBe("worsened");
    expect(changeBetween("RESOLVED", "IN_PROGRESS", true)).toBe("reopened");
    expect(changeBetween("IN_PROGRESS", "NO_PROGRESS", true)).toBe("stalled");
    expect(changeBetween("RAISED", "NO_PROGRESS", true)).toBe("reiterated");
    expect(changeBetween("IN_PROGRESS", "IN_PROGRESS", true)).toBe("reiterated");
    expect(changeBetween("IN_PROGRESS", "NOT_RAISED", true)).toBe("dropped");
    expect(changeBetween("RAISED", null, true)).toBe("dropped");
    expect(changeBetween("NOT_RAISED", "RAISED", true)).toBe("back-on-agenda");
    expect(changeBetween(null, "REGRESSED", true)).toBe("back-on-agenda");
  });

  it("reports nothing for a concern discussed at neither round", () => {
    expect(changeBetween(null, null, true)).toBeNull();
    expect(changeBetween("NOT_RAISED", "NOT_RAISED", false)).toBeNull();
  });

  it("gives every change words", () => {
    expect(CHANGE_INFO["back-on-agenda"].label).toBe("Back on the agenda");
  });
});
