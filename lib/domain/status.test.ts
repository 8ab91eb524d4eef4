import { describe, expect, it } from "vitest";
import { currentStatus, STATUS_INFO, STATUSES } from "./status";

describe("currentStatus", () => {
  it("is the status at the latest round", () => {
    expect(currentStatus([{ status: "RAISED" }, { status: "IN_PROGRESS" }])).toBe("IN_PROGRESS");
  });
  it("skips a later NOT_RAISED, which means no information", () => {
    expect(currentStatus([{ status: "NO_PROGRESS" }, { status: "NOT_RAISED" }])).toBe("NO_PROGRESS");
  });
  it("is NOT_RAISED only when nothing else was recorded, and null with no record", () => {
    expect(currentStatus([{ status: "NOT_RAISED" }])).toBe("NOT_RAISED");
    expect(currentStatus([])).toBeNull();
  });
  it("follows a resolved concern that regressed later", () => {
    expect(currentStatus([{ status: "RESOLVED" }, { status: "REGRESSED" }])).toBe("REGRESSED");
  });
});


it("gives every status a distinct label, colour and symbol, in the chart order of DESIGN.md", () => {
  expect(STATUSES).toEqual(["RAISED", "NO_PROGRESS", "IN_PROGRESS", "RESOLVED", "REGRESSED", "NOT_RAISED"]);
  for (const key of ["label", "color", "symbol"] as const) {
    expect(new Set(STATUSES.map((s) => STATUS_INFO[s][key])).size).toBe(STATUSES.length);
  }
});
