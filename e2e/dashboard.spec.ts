import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ThemePage } from "./pages/theme-page";
import { expect, test } from "./support/test";

const TORTURE_CONCERN = "Torture prevention and investigation of torture allegations";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a viewer reads the dashboard, drills into the torture theme and shares a filtered view", async ({ page, context }) => {
  await new LoginPage(page).logInAs("VIEWER", "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Progress dashboard" })).toBeVisible();

  const themes = page.getByRole("list", { name: "Themes" });
  const torture = themes.getByRole("listitem").filter({ hasText: "Torture & ill-treatment" });
  await expect(torture.getByTestId("concern-count")).toHaveText("2 concerns");
  await expect(torture.getByRole("img", { name: /Torture & ill-treatment, current status: 1 raised, 1 in progress/ })).toBeVisible();
  // The January 2022 events were first raised at the 2025 round.
  await expect(torture.getByTestId("change-newly-raised")).toContainText("1");
  await expect(themes.getByRole("listitem").filter({ hasText: "Death penalty" })).toBeVisible();

  await torture.getByRole("link", { name: "Torture & ill-treatment" }).click();
  await expect(page).toHaveURL(/\/themes\/torture-ill-treatment\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Torture & ill-treatment" })).toBeVisible();

  const theme = new ThemePage(page);
  await expect((await theme.cell(TORTURE_CONCERN, "2013")).getByRole("link", { name: "Raised" })).toBeVisible();
  await expect(await theme.cell(TORTURE_CONCERN, "2017")).toContainText("No record");
  await expect((await theme.cell(TORTURE_CONCERN, "2020")).getByRole("link", { name: "In progress" })).toBeVisible();
  await expect((await theme.cell(TORTURE_CONCERN, "2025")).getByRole("link", { name: "In progress" })).toBeVisible();

  // The popover opens from the keyboard, loads the quote and links to the concern at that round.
  const cell2020 = (await theme.cell(TORTURE_CONCERN, "2020")).getByRole("link");
  await cell2020.focus();
  await page.keyboard.press("Enter");
  const popover = theme.quotePopover();
  await expect(popover).toHaveAccessibleName(TORTURE_CONCERN);
  await expect(popover).toContainText("12th EU-Kazakhstan Human Rights Dialogue");
  await expect(popover.getByRole("blockquote")).toContainText("prompt, thorough, impartial and independent investigations into all allegations of torture");
  await expect(popover).toContainText("Source:");
  await expect(popover.getByRole("link", { name: "Open the concern at this round" })).toHaveAttribute("href", (await cell2020.getAttribute("href"))!);
  // Escape closes it and gives focus back to the cell.
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(cell2020).toBeFocused();
  // A second click on the same cell closes it too.
  await cell2020.click();
  await expect(popover.getByRole("blockquote")).toBeVisible();
  await cell2020.click();
  await expect(popover).toBeHidden();

  // Filter: rounds from 2020 on, concerns now in progress.
  await theme.filters().getByLabel("In progress").check();
  await theme.filters().getByLabel("Rounds from").fill("2020-01-01");
  await theme.filters().getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  await expect(page).toHaveURL(/from=2020-01-01/);
  const sharedUrl = page.url();

  for (const view of [page, await context.newPage()]) {
    if (view === page) await page.reload();
    else await view.goto(sharedUrl);
    const shared = new ThemePage(view);
    await expect(shared.filters().getByLabel("In progress")).toBeChecked();
    await expect(shared.filters().getByLabel("Rounds from")).toHaveValue("2020-01-01");
    await expect(shared.matrix().getByRole("rowheader")).toHaveText([TORTURE_CONCERN]);
    expect(await shared.columnYears()).toEqual(["2020", "2025"]);
    await expect(view.getByTestId("view-description")).toContainText("current status: in progress");
  }

  // The export honours the same filters.
  const csvHref = await page.getByRole("link", { name: "Download the matrix (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="torture-ill-treatment-matrix-/);
  const text = await csv.text();
  expect(text).toContain(TORTURE_CONCERN);
  expect(text).not.toContain("January 2022");

  // The same matrix as an Excel file, downloaded as a user would and read back.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the matrix (Excel)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^torture-ill-treatment-matrix-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const concerns = workbook.getWorksheet("Data")!.getColumn(3).values;
  expect(concerns).toContain(TORTURE_CONCERN);
  expect(workbook.getWorksheet("About")!.getCell("B2").value).toContain("current status: in progress");
});

test("the dashboard and a theme page have no serious accessibility violations", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/dashboard");
  await expect(page.getByRole("list", { name: "Themes" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/themes/torture-ill-treatment");
  const theme = new ThemePage(page);
  await page.getByText("Show the numbers as a table").click();
  await (await theme.cell(TORTURE_CONCERN, "2025")).getByRole("link").click();
  await expect(theme.quotePopover().getByRole("blockquote")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A click elsewhere closes the popover.
  await page.getByRole("heading", { level: 1 }).click();
  await expect(theme.quotePopover()).toBeHidden();
});

test("the dashboard fits a 375 px phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await new LoginPage(page).logInAs("VIEWER", "/themes/torture-ill-treatment");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto("/dashboard");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("a matrix cell leads to the concern's timeline entry at that round, with the same quote and the status strip", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/themes/torture-ill-treatment");
  const theme = new ThemePage(page);
  await (await theme.cell(TORTURE_CONCERN, "2020")).getByRole("link").click();
  const link = theme.quotePopover().getByRole("link", { name: "Open the concern at this round" });
  const anchor = new URL((await link.getAttribute("href"))!, "http://x").hash;
  await link.click();

  await expect(page.getByRole("heading", { level: 1, name: TORTURE_CONCERN })).toBeVisible();
  const entry = page.locator(anchor);
  await expect(entry).toContainText("In progress");
  await expect(entry).toContainText("prompt, thorough, impartial and independent investigations into all allegations of torture");
  // One mark per dialogue round above the timeline, each named for a screen reader.
  const strip = page.getByRole("list", { name: `Status of “${TORTURE_CONCERN}” at each round` });
  await expect(strip.getByRole("listitem").filter({ hasText: "In progress" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a theme page prints as a briefing: no navigation or filters, the date and filters stated, the numbers shown", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/themes/torture-ill-treatment?from=2020-01-01");
  const theme = new ThemePage(page);
  await expect(theme.matrix()).toBeVisible();
  const numbers = page.getByRole("table", { name: "Torture & ill-treatment: status mix per round" });
  await expect(numbers).toBeHidden(); // on screen, behind "Show the numbers as a table"

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(theme.filters()).toBeHidden();
  await expect(page.getByRole("link", { name: "Download the matrix (CSV)" })).toBeHidden();
  await expect(page.getByTestId("view-description")).toContainText(/Briefing printed \d{1,2} \w+ \d{4}\. Showing Rounds: Human Rights Dialogue; dated 2020-01-01 to today/);
  await expect(theme.matrix()).toBeVisible();
  await expect(numbers).toBeVisible();
  await expect(page.getByText("Show the numbers as a table")).toBeHidden();
});

test("a quote that cannot be loaded says so, and opening the cell again tries again", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/themes/torture-ill-treatment");
  const theme = new ThemePage(page);
  let serverDown = true;
  await page.route("**/api/v1/statuses/*", (route) => (serverDown ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  const cell = (await theme.cell(TORTURE_CONCERN, "2020")).getByRole("link");
  await cell.click();
  await expect(theme.quotePopover().getByRole("alert")).toHaveText("The quote could not be loaded. Open the concern to read it.");
  await expect(theme.quotePopover().getByRole("link", { name: "Open the concern at this round" })).toBeVisible();

  serverDown = false;
  await cell.click(); // closes
  await expect(theme.quotePopover()).toBeHidden();
  await cell.click(); // opens and loads again
  await expect(theme.quotePopover().getByRole("blockquote")).toContainText("prompt, thorough, impartial and independent investigations");
});
