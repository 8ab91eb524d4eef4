import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

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
