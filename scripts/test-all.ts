// `npm test`: lint, typecheck, unit + integration (Vitest) and e2e (Playwright),
// one after another, then the plain summary line `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Counts = { passed: number; failed: number };
const RESULTS = "test-results";
mkdirSync(RESULTS, { recursive: true });

function run(title: string, command: string, args: string[]): number {
  console.log(`\n━━ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "1" } });
  return result.status ?? 1;
}

/** A step that has no test counts of its own (lint, typecheck) counts as one check. */
function check(title: string, command: string, args: string[]): Counts {
  return run(title, command, args) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function vitest(): Counts {
  const out = `${RESULTS}/vitest.json`;
  rmSync(out, { force: true });
  const status = run("Unit and integration tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
  // A suite that failed to load, or a setup that crashed, has no failed test but must still fail the run.
  const failed = report.numFailedTests || (status !== 0 || !report.success || report.numTotalTestSuites === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

function playwright(): Counts {
  const out = `${RESULTS}/e2e.json`;
  rmSync(out, { force: true });
  const status = run("End-to-end tests (Chromium)", "npx", ["playwright", "test"]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  const failed = stats.unexpected + stats.flaky || (status !== 0 ? 1 : 0);
  return { passed: stats.expected, failed };
}

const steps: [string, Counts][] = [
  ["lint", check("Lint", "npx", ["eslint", "."])],
  ["typecheck", check("Typecheck", "npx", ["tsc", "--noEmit"])],
  ["vitest", vitest()],
  ["e2e", playwright()],
];

console.log("\n━━ Summary");
for (const [name, counts] of steps) console.log(`  ${name.padEnd(10)} ${counts.passed} passed, ${counts.failed} failed`);
const total = steps.reduce((sum, [, c]) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
