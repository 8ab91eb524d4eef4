import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { CasePages, DOCUMENT_2020, DOCUMENT_2025, ROUND_2020, uniqueSurname } from "./pages/case-pages";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

const CONCERN = "Individual human rights cases (activists, journalists, political prisoners)";

async function viewerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).logInAs("VIEWER", "/cases");
  return page;
}

test("an analyst records that a case was raised and that the person was released; a viewer sees it on the concern page", async ({ page, browser }) => {
  const name = `Dana ${uniqueSurname()}`;
  await new LoginPage(page).logInAs("ANALYST", "/cases");
  const cases = new CasePages(page);
  const id = await cases.create(name);
  await cases.recordRound(ROUND_2020, DOCUMENT_2020, "The EU raised a number of individual cases and handed over a list at the end of the Dialogue.");
  await cases.recordSituation("Released", "2025-03", DOCUMENT_2025, "The EU and Kazakhstan highlighted the prominence of freedom of expression and freedom of media.");
  await expect(page.getByText(/Current situation:/)).toContainText("Released");
  await expect(page.getByText(/Current situation:/)).toContainText("as of March 2025");
  await cases.linkConcern(`${CONCERN} (Individual cases)`);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Released as of March 2025");

  const viewer = await viewerPage(browser);
  await viewer.goto("/cases?situation=RELEASED");
  await expect(viewer.getByRole("row", { name: new RegExp(name) })).toContainText(ROUND_2020);
  await viewer.goto(`/cases/${id}`);
  await viewer.getByRole("region", { name: "Concerns it illustrates" }).getByRole("link", { name: CONCERN }).click();
  const section = viewer.getByRole("region", { name: "Individual cases" });
  await expect(section.getByRole("listitem").filter({ hasText: name })).toContainText("Released");
  await expect(viewer.getByRole("link", { name: "Record a situation" })).toHaveCount(0);

  // The theme of that concern: the case's situation changed since the previous round.
  await viewer.goto("/themes/individual-cases");
  const changed = viewer.getByRole("list", { name: "Cases whose situation changed since the previous round" });
  await expect(changed.getByRole("listitem").filter({ hasText: name })).toContainText("Released");
});

test("a sensitive case shows the viewer only its label, on the list and on its page", async ({ page, browser }) => {
  const name = `Yerlan ${uniqueSurname()}`;
  await new LoginPage(page).logInAs("ANALYST", "/cases");
  const id = await new CasePages(page).create(name, { sensitive: true });
  await expect(page.getByText(": viewers see only its label")).toBeVisible();

  const viewer = await viewerPage(browser);
  await viewer.goto("/cases");
  await expect(viewer.getByRole("link", { name: `Case ${id}`, exact: true })).toBeVisible();
  await expect(viewer.getByRole("main")).not.toContainText(name);
  await viewer.goto(`/cases?q=${encodeURIComponent(name)}`);
  await expect(viewer.getByText("No case matches these filters.")).toBeVisible();
  await viewer.goto(`/cases/${id}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(`Case ${id}`);
  await expect(viewer.locator("body")).not.toContainText(name);
  await expect(viewer.getByRole("region", { name: "History" })).toContainText("Withheld");
});

test("the case pages pass automated accessibility checks with one h1 each", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const scan = async (target: Page, path: string) => {
    await target.goto(path);
    await expect(target.getByRole("heading", { level: 1 })).toHaveCount(1);
    const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await new LoginPage(page).logInAs("ANALYST", "/cases");
  const id = await new CasePages(page).create(`Aigul ${uniqueSurname()}`, { sensitive: true });
  for (const path of ["/cases", "/cases?situation=DECEASED", `/cases/${id}`, `/cases/${id}/edit`, `/cases/${id}/merge`, `/cases/${id}/situations/new`, `/cases/${id}/rounds/new`, "/cases/new"]) {
    await scan(page, path);
  }
  const viewer = await viewerPage(browser);
  for (const path of ["/cases", `/cases/${id}`]) await scan(viewer, path);
});
