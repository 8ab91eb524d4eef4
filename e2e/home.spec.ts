import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

test("after logging in, a viewer lands on the dashboard with the seeded themes", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/");
  await expect(page).toHaveURL(/\/dashboard$/);
  const themes = page.getByRole("list", { name: "Themes" });
  const torture = themes.getByRole("listitem").filter({ hasText: "Torture" });
  await expect(torture).toBeVisible();
  await expect(torture.getByTestId("concern-count")).toHaveText(/^[1-9]\d* concerns?$/);
  await expect(themes.getByRole("listitem").filter({ hasText: "Death penalty" })).toBeVisible();
});

test("an anonymous visitor is sent to the login page and back after logging in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Dialogue Tracker" })).toBeVisible();
});
