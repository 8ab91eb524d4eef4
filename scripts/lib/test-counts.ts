// How `npm test` (scripts/test-all.ts) reads each runner's JSON report. Pure, so
// the rules that make a run fail are unit-tested (test-counts.test.ts).

export type Counts = { passed: number; failed: number; skipped: number };

export const ZERO: Counts = { passed: 0, failed: 0, skipped: 0 };

/** The fields of Vitest's JSON reporter output we read. */
export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numTotalTestSuites: number;
  success: boolean;
};

/**
 * One Vitest project's counts. Skipped and todo tests are counted, not hidden.
 * A project whose files failed to load, whose setup crashed, or that matched
 * no test file at all has no failed test but must still fail the run.
 */
export function vitestCounts(report: VitestReport | null, exitStatus: number): Counts {
  if (!report) return { ...ZERO, failed: 1 };
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const broken = exitStatus !== 0 || !report.success || report.numTotalTestSuites === 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests || (broken ? 1 : 0), skipped };
}

/** The fields of Playwright's JSON reporter `stats` we read. */
export type PlaywrightStats = { expected: number; unexpected: number; flaky: number; skipped?: number };

export function playwrightCounts(stats: PlaywrightStats | null, exitStatus: number): Counts {
  if (!stats) return { ...ZERO, failed: 1 };
  const failed = stats.unexpected + stats.flaky;
  // No test at all ran (e.g. a forbidden test.only stopped the run before it started) is a failure too.
  const broken = exitStatus !== 0 || stats.expected + failed === 0;
  return { passed: stats.expected, failed: failed || (broken ? 1 : 0), skipped: stats.skipped ?? 0 };
}

/** A step with no test counts of its own (lint, typecheck) counts as one check. */
export function checkCounts(exitStatus: number): Counts {
  return exitStatus === 0 ? { ...ZERO, passed: 1 } : { ...ZERO, failed: 1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** "12 passed, 0 failed, 1 skipped": the run's last line. */
export function summaryLine({ passed, failed, skipped }: Counts): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
