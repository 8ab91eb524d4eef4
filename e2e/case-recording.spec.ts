import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { CasePages, uniqueSurname } from "./pages/case-pages";
import { NewDocumentPage } from "./pages/document-pages";
import { LoginPage } from "./pages/login-page";
import { NewRoundPage } from "./pages/round-pages";
import { WorkspacePage } from "./pages/workspace-page";
import { expect, test } from "./support/test";

const CONCERN = "Individual human rights cases (activists, journalists, political prisoners)";
const DEATH_PENALTY = "Abolition of the death penalty";
const CYRILLIC: Record<string, string> = {
  b: "б", d: "д", f: "ф", g: "г", k: "к", l: "л", m: "м", n: "н", p: "п", r: "р", s: "с", t: "т", v: "в", z: "з", a: "а", e: "е", i: "и", o: "о", u: "у",
};
const inCyrillic = (latin: string) => [...latin.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join("");

async function scan(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function viewerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).logInAs("VIEWER", "/rounds");
  return page;
}

/** The case panel of the workspace. */
const casePanel = (page: Page) => page.getByRole("region", { name: "Record for an individual case" });

test("from a document in the workspace, an analyst records that a case was raised and that the person was released; a viewer sees it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const surname = uniqueSurname();
  const name = `Dana ${surname}`;
  const raised = `The EU raised the case of ${name}, a blogger charged with spreading false information.`;
  const released = `The EU welcomed the release of ${name} on 3 June 2026.`;
  const listQuote = "The EU handed over a list of three individual cases.";
  const text = `${raised}\n\n${released}\n\nThe EU congratulated Kazakhstan on abolishing the death penalty in law and in practice.\n\n${listQuote}`;

  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const roundTitle = `Round ${surname}`;
  const roundId = await new NewRoundPage(page).create({ title: roundTitle, startDate: "2026-06-01", place: "Brussels" });
  await page.getByRole("link", { name: "Add a document" }).click();
  const documentTitle = `Press release ${surname}`;
  const documentId = await new NewDocumentPage(page).add({ title: documentTitle, publisher: "EEAS", publishedOn: "2026-06-04", text });
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);

  // A new case, raised at this round, from the keyboard: c, then the panel's controls.
  await workspace.selectPassage("The EU raised the case of");
  await workspace.press("c");
  await expect(page.locator("#case-query")).toBeFocused();
  await expect(casePanel(page)).toContainText("The passage names no recorded case.");
  await casePanel(page).getByRole("button", { name: "New case" }).click();
  await casePanel(page).getByLabel("Name or label of the new case").fill(name);
  await expect(casePanel(page).getByRole("radio", { name: /raised at this round/ })).toBeChecked();
  await scan(page, "workspace with the case panel");
  await page.keyboard.press("Control+Enter");
  await expect(casePanel(page).getByRole("status")).toHaveText(`Recorded for ${name}: raised at ${roundTitle}.`);
  // Undo, then again: the case is deleted, then created anew.
  await casePanel(page).getByRole("button", { name: "Undo" }).click();
  await expect(casePanel(page).getByRole("status")).toHaveText("Undone.");
  await casePanel(page).getByRole("button", { name: `Record for ${name} (Ctrl+Enter)` }).click();
  await expect(casePanel(page).getByRole("status")).toHaveText(`Recorded for ${name}: raised at ${roundTitle}.`);

  // The release, for the case found by its name typed in Cyrillic.
  // Out of the panel (its keys are its own), back to the text.
  await page.locator("#document-text").focus();
  await workspace.selectPassage("The EU welcomed the release");
  await casePanel(page).getByLabel("Find a case by name (c)").fill(inCyrillic(surname));
  await casePanel(page).getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await casePanel(page).getByRole("radio", { name: "The person's situation" }).check();
  await casePanel(page).getByLabel("Situation", { exact: true }).selectOption({ label: "Released" });
  await casePanel(page).getByRole("button", { name: `Record for ${name} (Ctrl+Enter)` }).click();
  await expect(casePanel(page).getByText("Date is required")).toBeVisible();
  await casePanel(page).getByLabel("As of", { exact: true }).fill("2026-06-03");
  await casePanel(page).getByRole("button", { name: `Record for ${name} (Ctrl+Enter)` }).click();
  await expect(casePanel(page).getByRole("status")).toHaveText(`Recorded for ${name}: Released as of 2026-06-03.`);

  // The status form's consistency warnings show in the workspace too: Raised for a concern discussed before.
  await page.locator("#document-text").focus();
  await workspace.selectPassage("The EU congratulated Kazakhstan");
  await workspace.pickConcern(DEATH_PENALTY);
  await expect(page.getByTestId("status-warnings")).toHaveCount(0);
  await workspace.press("1");
  await expect(page.getByTestId("status-warnings")).toContainText("This concern was already discussed at");
  await expect(page.getByRole("button", { name: /^Save as Raised/ })).toBeEnabled();

  // Linked to its concern on the case page; the round page shows it raised there.
  await page.goto(`/rounds/${roundId}`);
  await page.getByRole("list", { name: "Cases raised at this round" }).getByRole("link", { name }).click();
  await expect(page.getByRole("region", { name: "Situation over time" })).toContainText(released);
  const caseId = Number(/\/cases\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole("region", { name: "Rounds at which the EU raised it" })).toContainText(raised);
  await new CasePages(page).linkConcern(`${CONCERN} (Individual cases)`);

  // A list handed over at the round, recorded on its page.
  await page.goto(`/rounds/${roundId}`);
  await page.getByText("Record a list of cases handed over at this round").click();
  await page.getByLabel("Number of cases on the list").fill("3");
  await page.getByLabel("Document", { exact: true }).selectOption({ label: documentTitle });
  await page.getByLabel("Quote", { exact: true }).fill(listQuote);
  await page.getByRole("checkbox", { name }).check();
  await scan(page, "round page with the list form");
  await page.getByRole("button", { name: "Save list" }).click();
  await expect(page.getByTestId("handed-over-list")).toContainText("A list of cases was handed over (3 cases).");
  await page.getByRole("link", { name: "Edit list 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit a list of cases handed over");
  await scan(page, "list edit page");

  const viewer = await viewerPage(browser);
  await viewer.goto(`/rounds/${roundId}`);
  const list = viewer.getByTestId("handed-over-list");
  await expect(list).toContainText("A list of cases was handed over (3 cases).");
  await expect(list).toContainText(listQuote);
  await expect(list.getByRole("link", { name })).toBeVisible();
  await expect(viewer.getByText("Record a list of cases handed over at this round")).toHaveCount(0);
  await expect(list.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await scan(viewer, "round page (viewer)");

  await viewer.goto(`/cases/${caseId}`);
  await viewer.getByRole("region", { name: "Concerns it illustrates" }).getByRole("link", { name: CONCERN }).click();
  const onConcern = viewer.getByRole("region", { name: "Individual cases" });
  await expect(onConcern.getByRole("listitem").filter({ hasText: name })).toContainText("Released");

  await viewer.goto("/themes/individual-cases");
  await expect(viewer.getByRole("list", { name: "Cases raised at the latest round" }).getByRole("listitem").filter({ hasText: name })).toContainText("Released");
  await expect(viewer.getByRole("list", { name: "Cases whose situation changed since the previous round" })).toContainText(name);

  // Marked sensitive afterwards: the round's page, its history included, names the person to a viewer no more.
  await page.goto(`/cases/${caseId}/edit`);
  await page.getByRole("checkbox", { name: /^Sensitive/ }).check();
  await page.getByRole("button", { name: "Save case" }).click();
  await expect(page.getByText(": viewers see only its label")).toBeVisible();
  await viewer.goto(`/rounds/${roundId}`);
  await expect(viewer.getByRole("list", { name: "Change history" })).toContainText(`Cases: Case ${caseId}`);
  await expect(viewer.getByRole("main")).not.toContainText(name);
});
