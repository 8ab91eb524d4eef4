import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

test("a viewer filters concerns, the filters stay in the URL, and there is nothing to edit", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/concerns");
  await page.getByLabel("Current status").selectOption({ label: "Resolved" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=RESOLVED/);
  await expect(page.getByLabel("Current status")).toHaveValue("RESOLVED");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Abolition of the death penalty" })).toContainText("Resolved");
  await expect(rows.filter({ hasText: "No progress" })).toHaveCount(0);

  await page.getByRole("link", { name: "Abolition of the death penalty" }).click();
  await expect(page.getByRole("list", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit concern" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Edit the status/ })).toHaveCount(0);
});

test("an analyst cannot change a document's text in a way that breaks a quote", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/documents");
  await page.getByRole("list", { name: "Documents" }).getByRole("link").first().click();
  await page.getByRole("link", { name: "Edit document" }).click();
  await page.getByLabel("Full text").fill("A shorter text without the quoted passages.");
  // Tick exactly the first two rounds: the refused form must give back that choice, not the saved one.
  const rounds = page.getByRole("group", { name: "Rounds it reports on" }).getByRole("checkbox");
  const count = await rounds.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) await rounds.nth(i).setChecked(i < 2);
  await page.getByRole("button", { name: "Save document" }).click();
  await expect(page.locator("#field-text-error")).toContainText(/removes \d+ quoted passages? used as evidence: “/);
  await expect(page.getByLabel("Full text")).toHaveValue("A shorter text without the quoted passages.");
  for (let i = 0; i < count; i++) await expect(rounds.nth(i)).toBeChecked({ checked: i < 2 });
});

test("an analyst merges two concerns that turn out to be the same", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await new LoginPage(page).logInAs("ANALYST", "/concerns/new");
  for (const title of [`Trade union registration ${stamp}`, `Registration of trade unions ${stamp}`]) {
    await page.goto("/concerns/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Theme").selectOption({ label: "Labour rights" });
    await page.getByRole("button", { name: "Create concern" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
  await page.getByRole("link", { name: "Merge into another" }).click();
  await page.getByLabel("Concern to keep").selectOption({ label: `Trade union registration ${stamp} (Labour rights)` });
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Trade union registration ${stamp}` })).toBeVisible();
  // The "merged from" line comes first; the History section below links the same concern.
  await page.getByRole("link", { name: `Registration of trade unions ${stamp}` }).first().click();
  await expect(page.getByRole("note")).toContainText("This concern was merged into");
});
