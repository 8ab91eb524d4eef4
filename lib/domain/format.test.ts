import { describe, expect, it } from "vitest";
import { formatDay } from "./dashboard";
import { formatDate, formatDateTime, formatPartialDate, plural } from "./format";

describe("date formatting", () => {
  it("writes calendar days in UTC, so a date never shifts by one", () => {
    expect(formatDate(new Date("2013-11-27T00:00:00Z"))).toBe("27 Nov 2013");
    expect(formatDay("2025-06-03")).toBe("3 Jun 2025");
    expect(formatDate(null)).toBe("");
  });

  it("writes a moment with its time and says it is UTC", () => {
    expect(formatDateTime(new Date("2026-11-23T16:05:00Z"))).toBe("23 Nov 2026, 16:05 UTC");
  });
});

describe("formatPartialDate", () => {
  it("says as much of a date as is known, and says when nothing is", () => {
    expect(formatPartialDate(new Date("2025-03-06T00:00:00Z"), "DAY")).toBe("6 Mar 2025");
    expect(formatPartialDate(new Date("2025-03-01T00:00:00Z"), "MONTH")).toBe("March 2025");
    expect(formatPartialDate(new Date("2025-01-01T00:00:00Z"), "YEAR")).toBe("2025");
    expect(formatPartialDate(null, "DAY")).toBe("date unknown");
  });
});

describe("plural", () => {
  it("counts in the singular for one and in the plural otherwise, irregular plurals included", () => {
    expect(plural(1, "concern")).toBe("1 concern");
    expect(plural(0, "concern")).toBe("0 concerns");
    expect(plural(3, "status", "statuses")).toBe("3 statuses");
  });
});
