import AxeBuilder from "@axe-core/playwright";
import { LoginPage } from "./pages/login-page";
import { NewRoundPage, RoundPage, RoundsListPage } from "./pages/round-pages";
import { expect, test } from "./support/test";

const TEXT = "The EU raised the registration of independent trade unions. Nothing else was discussed.";

test("the round page groups statuses by theme and folds the not raised ones; the rounds list shows the format", async ({ page }) => {
  const s = Date.now().toString(36);
  const roundTitle = `Online round ${s}`;
  const concernTitle = `Registration of independent trade unions ${s}`;
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const roundId = await new NewRoundPage(page).create({ title: roundTitle, startDate: "2026-07-01", place: "Online", format: "Online" });

  await page.goto(`/documents/new?round=${roundId}`);
  await page.getByLabel("Title", { exact: true }).fill(`Round page release ${s}`);
  await page.getByLabel("Publisher").fill("EEAS");
  await page.getByLabel("Publication date").fill("2026-07");
  await page.getByLabel("Full text").fill(TEXT);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  const documentUrl = page.url();

  await page.goto("/concerns/new");
  await page.getByLabel("Title", { exact: true }).fill(concernTitle);
  await page.getByLabel("Theme").selectOption({ label: "Labour rights" });
  await page.getByRole("button", { name: "Create concern" }).click();
  await expect(page).toHaveURL(/\/concerns\/\d+$/);
  await page.getByRole("link", { name: /Record a status/ }).click();
  await expect(page).toHaveURL(/\/statuses\/new$/);
  await page.getByLabel("Round", { exact: true }).selectOption({ label: roundTitle });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "● Raised — First raised, or newly raised" });
  await page.getByLabel("Document", { exact: true }).selectOption({ label: `Round page release ${s}` });
  await page.getByLabel("Quote", { exact: true }).fill("the registration of independent trade unions");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page).toHaveURL(/\/concerns\/\d+/);

  await page.goto(`${documentUrl}/record?round=${roundId}`);
  await page.getByRole("button", { name: /^Mark all \d+ remaining concerns/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /Marked \d+ concerns? as not raised/ })).toBeVisible();

  const round = new RoundPage(page);
  await round.goto(roundId);
  await expect(page.getByText("July 2026")).toBeVisible();
  const entry = round.statusEntry(concernTitle);
  await expect(entry).toContainText("Raised");
  await expect(entry.getByRole("blockquote")).toHaveAttribute("lang", "en");
  await expect(entry.locator("abbr", { hasText: "en" })).toHaveAttribute("title", "English");
  await expect(entry).toContainText("“the registration of independent trade unions”");
  // The theme's other concerns were not raised: one line, closed until opened.
  const labour = round.notRaisedSummary("Labour rights");
  await expect(labour).toHaveText(/^\d+ concerns? not raised$/);
  await expect(round.themeSection("Death penalty").getByRole("list")).toBeHidden();
  const notRaised = await round.openNotRaised("Death penalty");
  await expect(notRaised.getByRole("link", { name: "Abolition of the death penalty", exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  const list = new RoundsListPage(page);
  await list.goto();
  await expect(list.item(roundTitle)).toContainText("Online");
});
