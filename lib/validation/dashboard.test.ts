import { describe, expect, it } from "vitest";
import { filtersToSearchParams, parseDashboardFilters } from "@/lib/validation/dashboard";

describe("dashboard filters", () => {
  it("defaults to dialogue rounds, any date, every status", () => {
    expect(parseDashboardFilters({})).toEqual({
      filters: { kinds: ["HUMAN_RIGHTS_DIALOGUE"], from: null, to: null, statuses: [], at: null, against: null },
      page: 1,
      errors: {},
    });
  });

  it("reads repeated kinds and statuses, dropping unknown values", () => {
    const { filters } = parseDashboardFilters({ kind: ["JHA_SUBCOMMITTEE", "NOPE"], status: ["RESOLVED", "x"] });
    expect(filters.kinds).toEqual(["JHA_SUBCOMMITTEE"]);
    expect(filters.statuses).toEqual(["RESOLVED"]);
  });

  it("ignores bad or reversed dates with a message", () => {
    expect(parseDashboardFilters({ from: "2020-13-01" }).errors.from).toMatch(/YYYY-MM-DD/);
    const reversed = parseDashboardFilters({ from: "2025-01-01", to: "2020-01-01" });
    expect(reversed.filters).toMatchObject({ from: "2025-01-01", to: null });
    expect(reversed.errors.to).toMatch(/on or after/);
    expect(parseDashboardFilters({ page: "0" }).errors.page).toBeDefined();
  });

  it("refuses a day that does not exist instead of rolling it over, and pages that are not canonical", () => {
    expect(parseDashboardFilters({ from: "2020-02-30" })).toMatchObject({ filters: { from: null }, errors: { from: /real date/ } });
    expect(parseDashboardFilters({ to: "2021-02-29" }).errors.to).toBeDefined();
    expect(parseDashboardFilters({ from: "2020-02-29" }).filters.from).toBe("2020-02-29");
    for (const at of ["x", "0", "1e3"]) expect(parseDashboardFilters({ at })).toMatchObject({ filters: { at: null }, errors: { compare: /Choose the rounds/ } });
    expect(parseDashboardFilters({ at: "12", against: "7" }).filters).toMatchObject({ at: 12, against: 7 });
    for (const page of ["1e300", "0x10", "01"]) expect(parseDashboardFilters({ page })).toMatchObject({ page: 1, errors: { page: /whole number/ } });
  });

  it("round-trips through the query string", () => {
    const parsed = parseDashboardFilters({ kind: ["HUMAN_RIGHTS_DIALOGUE", "OTHER_ENGAGEMENT"], from: "2013-01-01", status: "IN_PROGRESS" });
    const params = Object.fromEntries([...new Set(filtersToSearchParams(parsed.filters).keys())].map((k) => [k, filtersToSearchParams(parsed.filters).getAll(k)]));
    expect(parseDashboardFilters(params).filters).toEqual(parsed.filters);
  });
});
