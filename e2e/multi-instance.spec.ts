// Several `npm start` instances behind a load balancer share nothing but PostgreSQL
// (README, "Running several instances"). Two instances of the build under test run
// here on their own fresh copy of the seeded database, with one AUTH_SECRET, and
// what is done through one is seen through the other at once.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "@playwright/test";
import { MAX_FAILURES_PER_EMAIL } from "../lib/auth/login-limits";
import { freePort } from "../lib/database/embedded";
import { demoUsers } from "../prisma/seed/demo-users";
import { E2E_DIST_DIR, e2eEnv, readE2eDatabases } from "../scripts/lib/e2e-app";
import { startProductionServer, stopProductionServer, waitForServer } from "../scripts/lib/production-server";
import { NewConcernPage } from "./pages/concern-pages";
import { LoginPage } from "./pages/login-page";
import { copySeededDatabase, expect, test } from "./support/test";

type Instance = { url: string; server: ChildProcess };

const instances: Instance[] = [];
let balancer: Server;
let balancerUrl: string;

async function startInstance(databaseUrl: string, authSecret: string): Promise<Instance> {
  const port = await freePort();
  const server = startProductionServer({ port, databaseUrl, authSecret, env: e2eEnv(databaseUrl), stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  instances.push({ url, server });
  await waitForServer(url);
  return { url, server };
}

/**
 * A load balancer at its least kind: every page (GET) goes to one instance and every
 * form submission, server action and login (POST) to the other, so no step finds the
 * session, the form or the data where the previous step left it.
 */
async function startBalancer(pages: Instance, forms: Instance): Promise<string> {
  balancer = createServer((incoming, outgoing) => {
    const target = new URL(incoming.method === "GET" || incoming.method === "HEAD" ? pages.url : forms.url);
    const upstream = forward(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => balancer.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`;
}

test.beforeAll(async () => {
  // Two servers starting at once on two shared cores.
  test.setTimeout(180_000);
  const databaseUrl = await copySeededDatabase(`${readE2eDatabases().database}_instances`);
  const authSecret = randomBytes(32).toString("base64url");
  const [a, b] = await Promise.all([startInstance(databaseUrl, authSecret), startInstance(databaseUrl, authSecret)]);
  balancerUrl = await startBalancer(a!, b!);
});

test.afterAll(async () => {
  await new Promise((resolve) => balancer?.close(resolve));
  await Promise.all(instances.map(({ server }) => stopProductionServer(server)));
});

const header = (page: Page) => page.getByRole("banner");

test("a login through one instance is a session on the other, and a logout on the other ends it on both", async ({ page, browser }) => {
  const [a, b] = instances;
  await new LoginPage(page).logInAs("ANALYST", `${a!.url}/login`);
  await page.goto(`${b!.url}/account`);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // A copy of the cookie, to see that the session ends on the server, not only in this browser.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  await header(page).getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(`${b!.url}/login`);

  const thief = await copy.newPage();
  await thief.goto(`${a!.url}/account`);
  await expect(thief).toHaveURL(`${a!.url}/login`);
  expect((await thief.request.get(`${a!.url}/api/v1/dashboard/export?format=json`)).status()).toBe(401);
  await copy.close();
});

test("a save through one instance is on the other's pages at once, however recently it showed them", async ({ page }) => {
  const [a, b] = instances;
  const stamp = Date.now().toString(36);
  const title = `Registration of NGOs ${stamp}`;
  await new LoginPage(page).logInAs("ANALYST", `${b!.url}/login`);
  // Instance B renders the list first: a copy cached now would go stale.
  await page.goto(`${b!.url}/concerns?q=${stamp}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  const concernUrl = await new NewConcernPage(page).create(title, "Civil society & association", `${a!.url}/concerns/new`);
  const concernPath = new URL(concernUrl).pathname;
  await page.goto(`${b!.url}/concerns?q=${stamp}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(`${b!.url}${concernPath}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goto(`${a!.url}${concernPath}/edit`);
  await page.getByLabel("Title", { exact: true }).fill(`${title}, renamed`);
  await page.getByRole("button", { name: "Save concern" }).click();
  await expect(page).toHaveURL(`${a!.url}${concernPath}`);
  await page.goto(`${b!.url}${concernPath}`);
  await expect(page.getByRole("heading", { level: 1, name: `${title}, renamed` })).toBeVisible();
  await page.goto(`${b!.url}/concerns?q=${stamp}`);
  await expect(page.getByRole("link", { name: `${title}, renamed` })).toBeVisible();

  // Nor is any other page kept from one request to the next: the build prerenders none but Next's own error page.
  const prerendered = JSON.parse(readFileSync(path.resolve(E2E_DIST_DIR, "prerender-manifest.json"), "utf8")) as { routes: object };
  expect(Object.keys(prerendered.routes)).toEqual(["/_global-error"]);
});

test("failed logins through both instances count against one limit", async ({ page }) => {
  const viewer = demoUsers.find((user) => user.role === "VIEWER")!;
  const login = new LoginPage(page);
  for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
    await login.goto(`${instances[attempt % 2]!.url}/login`);
    await login.logIn(viewer.email, "not-the-password");
    await expect(login.formError()).toHaveText("Email or password is incorrect.");
  }
  // Neither instance has seen the limit's worth on its own; together they have, so even the right password is refused.
  for (const instance of instances) {
    await login.goto(`${instance.url}/login`);
    await login.logIn(viewer.email, viewer.password);
    await expect(login.formError()).toHaveText(/^Too many failed attempts\. Try again in \d+ minutes?\.$/);
  }
});

test("behind a balancer that sends pages to one instance and forms to the other, an analyst logs in, saves and logs out", async ({ page }) => {
  const title = `Access to lawyers in detention ${Date.now().toString(36)}`;
  await new LoginPage(page).logInAs("ANALYST", `${balancerUrl}/login`);
  await expect(header(page).getByText("Analyst", { exact: true })).toBeVisible();

  // The form is rendered by one instance and its server action runs on the other: same build, same action ids and keys.
  const concernUrl = await new NewConcernPage(page).create(title, "Justice & rule of law", `${balancerUrl}/concerns/new`);
  await page.goto(concernUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await header(page).getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(`${balancerUrl}/login`);
  await page.goto(`${balancerUrl}/dashboard`);
  await expect(page).toHaveURL(/\/login/);
});
