import { readFileSync } from "node:fs";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

// scripts/e2e-server.ts runs the build and the server under a network guard
// that refuses, and records here, every connection but loopback and the database.
const log = () => readFileSync(process.env.E2E_NETWORK_LOG!, "utf8");

test("the app and its build contact no host but loopback and the database", async ({ page }) => {
  // Some traffic of our own first, so the server has had reason to connect out if it ever does.
  await new LoginPage(page).logInAs("ANALYST");
  await page.goto("/dashboard");
  await page.goto("/concerns");
  const lines = log().split("\n").filter(Boolean);
  // The guard was loaded into the build and the server, so its silence means something.
  expect(lines.some((line) => / active .*next build/.test(line))).toBe(true);
  expect(lines.some((line) => / active .*serve\.ts/.test(line))).toBe(true);
  expect(lines.filter((line) => / refused /.test(line))).toEqual([]);
});
