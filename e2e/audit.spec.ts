import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

test("an admin filters the audit log by entity type; an analyst cannot open it", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new LoginPage(admin).logInAs("ADMIN", "/admin/audit");
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await admin.getByLabel("Entity type").selectOption({ label: "Rounds" });
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin).toHaveURL(/entity=Round/);
  await expect(admin.getByRole("status")).toHaveText(/^\d+ events?/);
  await adminContext.close();

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await new LoginPage(analyst).logInAs("ANALYST", "/admin/audit");
  await expect(analyst.getByRole("heading", { level: 1, name: "You do not have permission to view this page" })).toBeVisible();
  await expect(analyst.getByRole("heading", { name: "Audit log" })).toHaveCount(0);
  await analystContext.close();
});

test("history reads by name: a new concern's theme is named and linked, on its page and in the audit log", async ({ page }) => {
  const title = `Registration of independent media ${Date.now().toString(36)}`;
  await new LoginPage(page).logInAs("ADMIN", "/concerns/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Theme").selectOption({ label: "Labour rights" });
  await page.getByRole("button", { name: "Create concern" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const history = page.getByRole("list", { name: "Change history" });
  await expect(history.getByRole("listitem").first()).toContainText(`created concern ${title}`);
  await expect(history.getByRole("link", { name: "Labour rights" })).toHaveAttribute("href", /^\/themes\//);
  await expect(history).not.toContainText("themeId");

  await page.goto("/admin/audit?entity=Concern");
  const entry = page.getByRole("list", { name: "Change history" }).getByRole("listitem").filter({ hasText: `created concern ${title}` });
  await expect(entry.getByRole("link", { name: title })).toHaveAttribute("href", /^\/concerns\/\d+$/);
  await expect(entry).toContainText("Theme: Labour rights");
});
