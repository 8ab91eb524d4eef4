import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

test("an analyst chooses two themes and downloads the briefing as a Word file that holds them", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Briefing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Briefing for a dialogue round" })).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);

  // Nothing chosen: the form says so next to the themes and asks nothing of the server.
  await expect(page.getByText("No theme chosen yet")).toBeVisible();
  await page.getByRole("button", { name: "Download Word (DOCX)" }).click();
  const themes = page.getByRole("group", { name: "Themes" });
  await expect(themes).toContainText("Choose at least one theme.");
  await expect(themes).toBeFocused();

  // Keyboard only: tick two themes with the space bar.
  await themes.getByRole("checkbox", { name: "Torture & ill-treatment" }).focus();
  await page.keyboard.press("Space");
  await themes.getByRole("checkbox", { name: "Freedom of expression & media" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Round to brief for")).toHaveValue("next");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Word (DOCX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^briefing-next-round-freedom-of-expression-media-torture-ill-treatment-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(page.getByRole("status")).toContainText("Your briefing is ready");
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeEnabled();

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Briefing for the next dialogue round after 16th EU-Kazakhstan Human Rights Dialogue");
  for (const heading of ["Summary", "Freedom of expression &amp; media", "Torture &amp; ill-treatment", "Individual cases", "Annex: sources cited"]) {
    expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading[12]"/></w:pPr>(<w:bookmarkStart[^>]*>)?<w:r><w:t xml:space="preserve">${heading}</w:t>`));
  }
  expect(xml).not.toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr>(<w:bookmarkStart[^>]*>)?<w:r><w:t xml:space="preserve">Peaceful assembly/);
  expect(xml).toContain("Source: Kazakhstan: Annual Human Rights Dialogue in Brussels, 6 Mar 2025");
  expect(xml).toMatch(/History: [^<]*2025 \(16th\) /);
});
