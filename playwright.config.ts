import { readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig, type Project } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;
// Where the e2e server's network guard records refused connections; e2e/network.spec.ts reads it.
// Outside test-results/ (emptied by Playwright at the start of a run) and .next-e2e/ (emptied by the build).
process.env.E2E_NETWORK_LOG ??= path.resolve(`.e2e/network-guard-${port}.log`);
// Where the e2e server says which databases it made: e2e/support/test.ts copies the seeded one.
process.env.E2E_DATABASE_FILE ??= path.resolve(`.e2e/database-${port}.json`);

const chromium: Project["use"] = { browserName: "chromium", viewport: { width: 1280, height: 900 } };

/**
 * E2E_ORDER=reverse runs the spec files last to first, to show that none depends on
 * another: one project per file, which one worker runs in the order listed.
 */
function reversed(): Project[] {
  const specs = readdirSync("e2e").filter((name) => name.endsWith(".spec.ts")).sort().reverse();
  return specs.map((file) => ({ name: file, testMatch: file, use: chromium }));
}

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Every spec file starts on a fresh copy of the seeded database (e2e/support/test.ts, which
  // specs import `test` from; lint enforces it), so no spec depends on another's data or on
  // file order. One worker all the same: they share one app, and these machines have 2 cores.
  workers: 1,
  fullyParallel: false,
  // A stray test.only would quietly skip every other test.
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: browsers cannot be downloaded on our machines.
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: process.env.E2E_ORDER === "reverse" ? reversed() : [{ name: "chromium", use: chromium }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/login`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: port, E2E_NETWORK_LOG: process.env.E2E_NETWORK_LOG, E2E_DATABASE_FILE: process.env.E2E_DATABASE_FILE },
  },
});
