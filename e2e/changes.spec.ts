import AxeBuilder from "@axe-core/playwright";
import { LoginPage } from "./pages/login-page";
import { ThemePage } from "./pages/theme-page";
import { expect, test } from "./support/test";

const TORTURE_CONCERN = "Torture prevention and investigation of torture allegations";
const JANUARY_2022 = "Investigation of the January 2022 events and accountability";
const ROUND_2020 = "2020 (12th): 12th EU-Kazakhstan Human Rights Dialogue (online, 2020)";
const ROUND_2025 = "2025 (16th): 16th EU-Kazakhstan Human Rights Dialogue (Brussels, 2025)";
const ROUND_2013 = "2013 (5th): 5th EU-Kazakhstan Human Rights Dialogue (Astana, 2013)";

test("a viewer compares 2020 with 2025 on the torture theme and reads the named changes", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/themes/torture-ill-treatment");
  const theme = new ThemePage(page);
  const filters = theme.filters();
  await filters.getByLabel("Changes at").selectOption({ label: ROUND_2025 });
  await filters.getByLabel("Compared with").selectOption({ label: ROUND_2020 });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]at=\d+/);
  await expect(page).toHaveURL(/[?&]against=\d+/);

  const changes = page.getByRole("list", { name: "Changes between the compared rounds" });
  const torture = changes.getByRole("listitem").filter({ hasText: TORTURE_CONCERN });
  await expect(torture).toContainText("Reiterated:");
  await expect(torture).toContainText(/In progress.*In progress/);
  const january = changes.getByRole("listitem").filter({ hasText: JANUARY_2022 });
  await expect(january).toContainText("Newly raised:");
  await expect(january).toContainText("No record");
  // The matrix and the chart say which rounds are compared.
  await expect(theme.matrix().getByRole("columnheader", { name: /^2020 \(12th\)/ })).toContainText("compared with");
  await expect(page.getByRole("img", { name: /^2025 \(16th\), 6 Mar 2025 \(changes at\):/ })).toBeVisible();

  // Against 2013 the same concern improved; the choice is kept in the form and the URL.
  await filters.getByLabel("Compared with").selectOption({ label: ROUND_2013 });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(changes.getByRole("listitem").filter({ hasText: TORTURE_CONCERN })).toContainText(/Improved:\s*.*Raised/);
  await expect(filters.getByLabel("Compared with")).toHaveValue(/\d+/);
  await expect(filters.getByLabel("Changes at")).toHaveValue(/\d+/);

  // A bad value in a shared link is named next to the field, and the default comparison is shown.
  await page.goto("/themes/torture-ill-treatment?at=abc");
  await expect(filters.getByText("Choose the rounds to compare from the lists.")).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: TORTURE_CONCERN })).toContainText("Reiterated:");
});

test("the round page says what changed at it, and that section passes an accessibility scan", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/rounds");
  await page.getByRole("link", { name: "16th EU-Kazakhstan Human Rights Dialogue (Brussels, 2025)" }).click();
  const section = page.getByRole("region", { name: "What changed at this round" });
  await expect(section).toContainText("Compared with the previous round of the same kind, 12th EU-Kazakhstan Human Rights Dialogue (online, 2020)");
  const reiterated = section.getByRole("list", { name: "Reiterated: Torture & ill-treatment" });
  await expect(reiterated.getByRole("listitem").filter({ hasText: TORTURE_CONCERN })).toContainText("decrease of torture cases");
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="changes-heading"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});
