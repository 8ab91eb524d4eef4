import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ConcernPage } from "./pages/concern-pages";
import { NewDocumentPage } from "./pages/document-pages";
import { LoginPage } from "./pages/login-page";
import { NewRoundPage, RoundPage } from "./pages/round-pages";
import { WorkspacePage } from "./pages/workspace-page";
import { expect, test } from "./support/test";

const PRESS_RELEASE_2020 = readFileSync(path.resolve(import.meta.dirname, "../prisma/seed/corpus/2020-11-27_eeas_12th-hrd-and-18th-jha-online.txt"), "utf8");
const DEATH_PENALTY = "Abolition of the death penalty";
const FALSE_INFORMATION = "'False information' charges against activists, bloggers and journalists";

/** A fresh round with one document for it, made through the forms; returns their ids. */
async function roundWithDocument(page: Page, label: string, text: string, language?: string) {
  const stamp = `${label} ${Date.now().toString(36)}`;
  const roundId = await new NewRoundPage(page).create({ title: `Round ${stamp}`, startDate: "2026-06-01", place: "Brussels" });
  const documentId = await addDocument(page, roundId, `Press release ${stamp}`, text, language);
  return { roundId, documentId, roundTitle: `Round ${stamp}` };
}

async function addDocument(page: Page, roundId: number, title: string, text: string, language?: string) {
  await page.goto(`/rounds/${roundId}`);
  await page.getByRole("link", { name: "Add a document" }).click();
  return new NewDocumentPage(page).add({ title, publisher: "EEAS", publishedOn: "2026-06-02", text, language });
}

test("a new analyst logs the 2020 press release into a fresh round from the keyboard alone, in at most 40 actions", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "replay", PRESS_RELEASE_2020);
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);

  await workspace.record("The EU stressed that limitations", "COVID-19 limitations on human rights");
  await workspace.record("The EU acknowledged the continuing reform process", "Implementation of Kazakhstan's reform process");
  await workspace.record("The EU is looking forward to free", "Free, fair and transparent parliamentary elections of 10 January 2021");
  await workspace.record("The EU congratulated Kazakhstan", DEATH_PENALTY, { statusKey: "4" });
  await workspace.record("Both parties discussed at length prevention of torture", "Torture prevention and investigation of torture allegations");
  await workspace.record("The EU raised individual cases of victims of torture", "Individual cases of torture victims");
  await workspace.record("The EU insisted on the need to uphold", "Right to peaceful assembly and treatment of protesters");
  // One passage about two concerns: recorded for the second with one more key (n).
  await workspace.record("The EU welcomed the positive development", FALSE_INFORMATION);
  await workspace.record("The EU welcomed the positive development", "Criminal 'insult' offences (Art. 131 and 378)");
  await workspace.record("The EU recalled the importance to maintain openness", "Openness to UN scrutiny and implementation of UN recommendations");
  await workspace.record("The EU raised a number of individual cases", "Individual human rights cases (activists, journalists, political prisoners)");
  // Everything else: not raised, in one go.
  await workspace.press("m");
  await workspace.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /Marked \d+ concerns as not raised/ })).toBeVisible();
  await expect(page.getByText("Every concern has a status at this round.")).toBeVisible();

  console.log(`Logging the 2020 press release (11 statuses from 10 passages, the rest not raised): ${workspace.actions} user actions after opening the workspace.`);
  expect(workspace.actions).toBeLessThanOrEqual(40);

  const concern = new ConcernPage(page);
  await concern.open(DEATH_PENALTY);
  await expect(concern.timelineEntry(roundId)).toContainText("Resolved");
  await expect(concern.timelineEntry(roundId)).toContainText("The EU congratulated Kazakhstan for ratifying the second Optional Protocol");
  const round = new RoundPage(page);
  await round.goto(roundId);
  await expect(round.statusEntry(FALSE_INFORMATION)).toContainText("Criminal Code Article 274");
  await expect(await round.openNotRaised("Freedom of expression & media")).toContainText("Decriminalisation of defamation");
});

test("a Russian text about the same round becomes a second source of an existing status", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const english = "The EU congratulated Kazakhstan on abolishing the death penalty in law and in practice.";
  const { roundId, documentId } = await roundWithDocument(page, "two sources", english);
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  await workspace.record("The EU congratulated Kazakhstan", DEATH_PENALTY, { statusKey: "4" });

  const russian = "ЕС поздравил Казахстан с отменой смертной казни в законе и на практике.";
  const russianId = await addDocument(page, roundId, "Казинформ: диалог по правам человека", russian, "ru");
  await workspace.open(russianId, roundId);
  await workspace.selectPassage("ЕС поздравил Казахстан");
  await page.getByLabel(/^Translation/).fill("The EU congratulated Kazakhstan on abolishing the death penalty in law and in practice.");
  await workspace.pickConcern(DEATH_PENALTY);
  await expect(page.getByText(/Saving adds this passage as another source/)).toBeVisible();
  await workspace.save(/Added as another source of “Abolition of the death penalty”/);

  const concern = new ConcernPage(page);
  await concern.open(DEATH_PENALTY);
  const entry = concern.timelineEntry(roundId);
  await expect(entry.getByRole("list", { name: "Evidence, 2 sources" })).toBeVisible();
  await expect(entry.locator("blockquote[lang=ru]")).toContainText("ЕС поздравил Казахстан с отменой смертной казни");
  await expect(entry).toContainText("Translation: The EU congratulated Kazakhstan on abolishing");
  await expect(entry.getByTitle("Russian")).toHaveText("ru");
});

test("marking one theme not raised says how many and can be undone from the same page", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "undo", "The EU and Kazakhstan met and discussed many subjects at length.");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  const button = page.getByRole("button", { name: /^Mark \d+ concerns? in Death penalty as not raised$/ });
  const label = (await button.textContent())!;
  const count = Number(/Mark (\d+)/.exec(label)![1]);
  await button.click();
  await expect(page.getByRole("status")).toHaveText(`Marked ${count === 1 ? "1 concern" : `${count} concerns`} as not raised.`);
  await expect(button).toBeHidden();
  const round = new RoundPage(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toContainText(`Undone: ${count === 1 ? "1 concern" : `${count} concerns`} no longer marked as not raised.`);
  await expect(button).toBeVisible();
  await round.goto(roundId);
  await expect(page.getByText("No statuses recorded yet.")).toBeVisible();
});

test("a passage edited so that it is no longer in the text is refused, and what was typed stays", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "refused", "The EU congratulated Kazakhstan on abolishing the death penalty in law and in practice.");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  await workspace.selectPassage("The EU congratulated Kazakhstan");
  await workspace.pickConcern(DEATH_PENALTY);
  const passage = page.getByLabel("Passage (quoted verbatim)");
  await passage.fill("The EU congratulated Kazakhstan on abolishing torture.");
  await workspace.pickConcern(DEATH_PENALTY);
  await page.getByLabel(/^Translation/).fill("My translation");
  await workspace.press("Control+Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toBeVisible();
  await expect(page.getByText(/This passage does not occur in/)).toBeVisible();
  await expect(passage).toHaveValue("The EU congratulated Kazakhstan on abolishing torture.");
  await expect(page.getByLabel(/^Translation/)).toHaveValue("My translation");
});

test("the workspace, with a passage selected and the shortcuts open, has no accessibility violations", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "axe", PRESS_RELEASE_2020);
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await workspace.selectPassage("The EU congratulated Kazakhstan");
  await workspace.pickConcern(DEATH_PENALTY);
  const scan = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(await scan()).toEqual([]);
  await workspace.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await scan()).toEqual([]);
  await workspace.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
});

test("selecting another passage while a translation is typed asks first, and keeps it when the analyst says no", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "discard", "The EU raised the new media law. The EU welcomed the abolition of the death penalty.");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  await workspace.selectPassage("The EU raised the new media law");
  const translation = page.getByLabel(/^Translation/);
  await translation.fill("ЕС поднял вопрос о новом законе о СМИ");
  await translation.press("Escape");

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("Discard what you typed for the current passage?");
    void dialog.dismiss();
  });
  await workspace.press("j");
  await expect(page.getByLabel("Passage (quoted verbatim)")).toHaveValue("The EU raised the new media law.");
  await expect(translation).toHaveValue("ЕС поднял вопрос о новом законе о СМИ");

  page.once("dialog", (dialog) => void dialog.accept());
  await workspace.step("j");
  await expect(page.getByLabel("Passage (quoted verbatim)")).toHaveValue("The EU welcomed the abolition of the death penalty.");
  await expect(translation).toHaveValue("");
});

test("part of a sentence selected with the mouse becomes the passage", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const { roundId, documentId } = await roundWithDocument(page, "drag", "The EU welcomed the abolition of the death penalty in law and in practice.");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId, roundId);
  const wanted = "the abolition of the death penalty";
  // As a drag would leave it: a selection inside the text, then the button released.
  await workspace.passages().evaluate((container, text) => {
    const node = container.querySelector("[role=option]")!.firstChild!;
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    container.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, wanted);
  await expect(page.getByLabel("Passage (quoted verbatim)")).toHaveValue(wanted);
  await workspace.pickConcern(DEATH_PENALTY);
});
