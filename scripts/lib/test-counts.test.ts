import { describe, expect, it } from "vitest";
import { addCounts, checkCounts, playwrightCounts, summaryLine, vitestCounts } from "./test-counts";

const report = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 2, numTodoTests: 1, numTotalTestSuites: 4, success: true };

describe("vitestCounts", () => {
  it("counts skipped and todo tests", () => {
    expect(vitestCounts(report, 0)).toEqual({ passed: 10, failed: 0, skipped: 3 });
  });
  it("fails a project that matched no test file", () => {
    expect(vitestCounts({ ...report, numPassedTests: 0, numPendingTests: 0, numTodoTests: 0, numTotalTestSuites: 0 }, 0).failed).toBe(1);
  });
  it("fails a run whose suites failed to load, or that exited non-zero, even with no failed test", () => {
    expect(vitestCounts({ ...report, success: false }, 0).failed).toBe(1);
    expect(vitestCounts(report, 1).failed).toBe(1);
    expect(vitestCounts(null, 0).failed).toBe(1);
  });
  it("reports the failed tests themselves when there are some", () => {
    expect(vitestCounts({ ...report, numFailedTests: 3, success: false }, 1).failed).toBe(3);
  });
});

describe("playwrightCounts", () => {
  it("counts skipped tests and fails on unexpected or flaky ones", () => {
    expect(playwrightCounts({ expected: 5, unexpected: 1, flaky: 1, skipped: 2 }, 1)).toEqual({ passed: 5, failed: 2, skipped: 2 });
  });
  it("fails a run in which no test ran, e.g. refused for a test.only", () => {
    expect(playwrightCounts({ expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, 1).failed).toBe(1);
    expect(playwrightCounts(null, 1).failed).toBe(1);
  });
});

describe("summaryLine", () => {
  it("is `N passed, N failed, N skipped`", () => {
    const total = [checkCounts(0), checkCounts(1), vitestCounts(report, 0)].reduce(addCounts);
    expect(summaryLine(total)).toBe("11 passed, 1 failed, 3 skipped");
    expect(summaryLine(total)).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});
