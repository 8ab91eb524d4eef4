import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the recording pages pass automated accessibility checks with one h1 each", async ({ page }) => {
  // Sixteen pages, each through axe: 42–58 s on our shared 2-core machines, at the edge of the 60 s default.
  test.setTimeout(150_000);
  await new LoginPage(page).logInAs("ADMIN", "/rounds");
  const firstHref = async (listName: string) => (await page.getByRole("list", { name: listName }).getByRole("link").first().getAttribute("href"))!;

  await expectNoViolations(page, "/rounds");
  const round = await firstHref("Rounds, newest first");
  await expectNoViolations(page, "/documents");
  const document = await firstHref("Documents");
  await page.goto("/concerns?q=death");
  const concern = (await page.getByRole("table").getByRole("link").first().getAttribute("href"))!;
  await page.goto(concern);
  const status = (await page.getByRole("link", { name: /^Edit the status at / }).first().getAttribute("href"))!;

  for (const path of [
    round, `${round}/edit`, "/rounds/new",
    document, `${document}/edit`, "/documents/new",
    "/concerns", concern, `${concern}/edit`, `${concern}/merge`, `${concern}/statuses/new`, "/concerns/new",
    status, "/admin/audit",
  ]) {
    await expectNoViolations(page, path);
  }
});
