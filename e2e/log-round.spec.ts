import { expect, test } from "@playwright/test";
import { ConcernPage } from "./pages/concern-pages";
import { DocumentPage, NewDocumentPage } from "./pages/document-pages";
import { LoginPage } from "./pages/login-page";
import { NewRoundPage, RoundPage } from "./pages/round-pages";

const SEEDED_CONCERN = "'False information' charges against activists, bloggers and journalists";
const PASSAGE_EXISTING = "The EU reiterated its concerns about the prosecution of bloggers and journalists on charges of spreading false information.";
const PASSAGE_NEW = "The EU raised the detention of climate activists after peaceful protests in Almaty.";
const PRESS_RELEASE = `Brussels, 12 March 2026. The European Union and Kazakhstan held their 17th Human Rights Dialogue.
${PASSAGE_EXISTING}
${PASSAGE_NEW}
Both sides agreed to meet again next year.`;

test("a new analyst logs a round from its press release, passage by passage", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const roundTitle = `17th Human Rights Dialogue ${stamp}`;
  const newConcern = `Detention of climate activists ${stamp}`;

  await new LoginPage(page).logInAs("ANALYST", "/rounds");
  const roundId = await new NewRoundPage(page).create({ title: roundTitle, startDate: "2026-03-12", place: "Brussels" });

  await page.getByRole("link", { name: "Add a document" }).click();
  await expect(page.getByRole("checkbox", { name: roundTitle })).toBeChecked();
  await new NewDocumentPage(page).add({ title: `Press release ${stamp}`, publisher: "EEAS", publishedOn: "2026-03-12", text: PRESS_RELEASE });

  const doc = new DocumentPage(page);
  // (a) a passage about an existing concern: select it, accept the suggestion, set its status.
  await doc.selectInText(PASSAGE_EXISTING);
  await doc.useSuggestion(SEEDED_CONCERN);
  await doc.saveStatus("■ No progress — Reiterated; nothing changed", "Reiterated at the 17th round.");
  await expect(doc.highlight("prosecution of bloggers")).toBeVisible();

  // (b) a passage about something new, pasted with the keyboard instead of selected.
  await doc.passage().fill(PASSAGE_NEW);
  await doc.createConcern({ title: newConcern, theme: "Peaceful assembly", status: "● Raised — First raised, or newly raised" });
  await expect(doc.highlight("climate activists")).toBeVisible();

  // Everything else was not raised at this round.
  await doc.markAllNotRaised();
  await expect(page.getByText("Every concern has a status at")).toBeVisible();

  const concern = new ConcernPage(page);
  await concern.open(SEEDED_CONCERN);
  const entry = concern.timelineEntry(roundId);
  await expect(entry).toContainText("No progress");
  await expect(entry).toContainText("prosecution of bloggers and journalists");
  await expect(entry).toContainText("Reiterated at the 17th round.");
  await expect(entry.getByRole("link", { name: `Press release ${stamp}` })).toBeVisible();

  await concern.open(newConcern);
  await expect(concern.timelineEntry(roundId)).toContainText("Raised");
  await expect(concern.timelineEntry(roundId)).toContainText("climate activists after peaceful protests");
  await expect(page.getByText("Current status:")).toContainText("Raised");

  const round = new RoundPage(page);
  await round.goto(roundId);
  await expect(round.statusEntry(SEEDED_CONCERN)).toContainText("No progress");
  await expect(round.themeSection("Peaceful assembly").getByRole("link", { name: newConcern })).toBeVisible();
  // Not raised concerns are folded into one line per theme, which opens to their list.
  await expect(round.statusEntry("Abolition of the death penalty")).toBeHidden();
  await expect(round.notRaisedSummary("Death penalty")).toHaveText(/^\d+ concerns? not raised$/);
  await expect((await round.openNotRaised("Death penalty")).getByRole("link", { name: "Abolition of the death penalty", exact: true })).toBeVisible();
});
