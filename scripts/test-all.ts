// `npm test`: lint, typecheck, unit and integration tests (Vitest, one project at
// a time) and e2e (Playwright), one after another, then the summary line
// `N passed, N failed, N skipped`. The counting rules are in scripts/lib/test-counts.ts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import {
  addCounts,
  checkCounts,
  playwrightCounts,
  summaryLine,
  vitestCounts,
  ZERO,
  type Counts,
  type PlaywrightStats,
  type VitestReport,
} from "./lib/test-counts";

const RESULTS = "test-results";
mkdirSync(RESULTS, { recursive: true });

function run(title: string, command: string, args: string[]): number {
  console.log(`\n━━ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "1" } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

/** One project per run, so a project that matches no file cannot hide behind the other's tests. */
function vitest(project: "unit" | "integration"): Counts {
  const out = `${RESULTS}/vitest-${project}.json`;
  rmSync(out, { force: true });
  const status = run(`Vitest: ${project}`, "npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  return vitestCounts(readJson<VitestReport>(out), status);
}

function playwright(): Counts {
  const out = `${RESULTS}/e2e.json`;
  rmSync(out, { force: true });
  const status = run("End-to-end tests (Chromium)", "npx", ["playwright", "test"]);
  return playwrightCounts(readJson<{ stats: PlaywrightStats }>(out)?.stats ?? null, status);
}

const steps: [string, Counts][] = [
  ["lint", checkCounts(run("Lint", "npx", ["eslint", "."]))],
  ["typecheck", checkCounts(run("Typecheck", "npx", ["tsc", "--noEmit"]))],
  ["unit", vitest("unit")],
  ["integration", vitest("integration")],
  ["e2e", playwright()],
];

console.log("\n━━ Summary");
for (const [name, counts] of steps) console.log(`  ${name.padEnd(12)} ${summaryLine(counts)}`);
const total = steps.map(([, counts]) => counts).reduce(addCounts, ZERO);
console.log(summaryLine(total));
process.exit(total.failed > 0 ? 1 : 0);
