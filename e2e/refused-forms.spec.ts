import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { NewRoundPage } from "./pages/round-pages";
import { expectFieldsKept, expectRefused, fillFields, type FormField } from "./support/form-fields";
import { expect, test } from "./support/test";

// Every form of the recording work: fill every field, have the server refuse, and check nothing typed was lost.

const STATUS = { NO_PROGRESS: "■ No progress — Reiterated; nothing changed", REGRESSED: "▼ Regressed — Worse than before" };
const stamp = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 5);
const TEXT = "The EU raised the new media law and the accreditation of foreign journalists. Both sides discussed prisons.";

async function newDocument(page: Page, roundId: number, title: string) {
  await page.goto(`/documents/new?round=${roundId}`);
  await fillFields(page, [{ label: "Title", text: title }, { label: "Publisher", text: "EEAS" }, { label: "Publication date", text: "2026-05-20" }, { label: "Full text", text: TEXT }]);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  return Number(page.url().split("/").at(-1));
}

async function newConcern(page: Page, title: string) {
  await page.goto("/concerns/new");
  await fillFields(page, [{ label: "Title", text: title }, { label: "Theme", option: "Freedom of expression & media" }]);
  await page.getByRole("button", { name: "Create concern" }).click();
  await expect(page).toHaveURL(/\/concerns\/\d+$/);
  return Number(page.url().split("/").at(-1));
}

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/rounds");
});

test("rounds: a refused new round and a refused edit keep every field", async ({ page }) => {
  const s = stamp();
  const fields: FormField[] = [
    { label: "Title", text: `Refused round ${s}` },
    { label: "Kind of meeting", option: "Other engagement" },
    { label: "Number", text: "7" },
    { label: "Start date", text: "2026-05-10" },
    { label: "End date", text: "2026-05-09" },
    { label: "Place", text: "Astana" },
    { label: "Format", option: "Online" },
    { label: "Head of the EU delegation", text: "EU head" },
    { label: "Head of the Kazakh delegation", text: "KZ head" },
    { label: "Summary", text: `Summary ${s}\nsecond line` },
  ];
  await page.goto("/rounds/new");
  await fillFields(page, fields);
  await page.getByRole("button", { name: "Create round" }).click();
  await expectRefused(page, /correct the highlighted fields/, { label: "End date", error: /cannot be before the start date/ });
  await expectFieldsKept(page, fields);

  // The 12th Human Rights Dialogue is in the demo data: its number cannot be taken twice.
  const roundId = await new NewRoundPage(page).create({ title: `Edited round ${s}`, startDate: "2026-05-10", place: "Brussels" });
  await page.goto(`/rounds/${roundId}/edit`);
  const edit: FormField[] = [...fields.filter((f) => !["Kind of meeting", "Number", "End date"].includes(f.label)),
    { label: "Kind of meeting", option: "Human Rights Dialogue" }, { label: "Number", text: "12" }, { label: "End date", text: "2026-05-11" }];
  await fillFields(page, edit);
  await page.getByRole("button", { name: "Save round" }).click();
  await expectRefused(page, /correct the highlighted fields/, { label: "Number", error: /already/ });
  await expectFieldsKept(page, edit);
});

test("documents: an impossible or malformed date is refused and every field, ticks included, is kept", async ({ page }) => {
  const s = stamp();
  const roundA = await new NewRoundPage(page).create({ title: `Doc round A ${s}`, startDate: "2026-05-10", place: "Astana" });
  await new NewRoundPage(page).create({ title: `Doc round B ${s}`, startDate: "2026-05-11", place: "Astana" });
  const fields: FormField[] = [
    { label: "Title", text: `Refused document ${s}` },
    { label: "Publisher", text: "Kazinform" },
    { label: "Web address (URL)", text: "https://www.inform.kz/x" },
    { label: "Publication date", text: "2020-02-30" },
    { label: "Language", text: "ru" },
    { label: `Doc round A ${s}`, checked: false },
    { label: `Doc round B ${s}`, checked: true },
    { label: "Full text", text: `${TEXT}\nВторая строка.` },
  ];
  await page.goto(`/documents/new?round=${roundA}`);
  await fillFields(page, fields);
  await page.getByRole("button", { name: "Add document" }).click();
  await expectRefused(page, /correct the highlighted fields/, { label: "Publication date", error: /2020-02-30 is not a real date; February 2020 has 29 days/ });
  await expectFieldsKept(page, fields);

  // Known only to the month: saved, and shown as such.
  await page.getByLabel("Publication date").fill("2020-02");
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByText("Kazinform · February 2020 · ru")).toBeVisible();

  await page.getByRole("link", { name: "Edit document" }).click();
  await expect(page.getByLabel("Publication date")).toHaveValue("2020-02");
  const edit: FormField[] = [...fields.filter((f) => f.label !== "Publication date" && f.label !== "Title"),
    { label: "Title", text: `Edited document ${s}` }, { label: "Publication date", text: "2025-13" }];
  await fillFields(page, edit);
  await page.getByRole("button", { name: "Save document" }).click();
  await expectRefused(page, /correct the highlighted fields/, { label: "Publication date", error: /13 is not a month/ });
  await expectFieldsKept(page, edit);
});

test("concerns: an over-long title, a conflicting edit and a conflicting merge keep what was chosen", async ({ page, browser }) => {
  const s = stamp();
  await new NewRoundPage(page).create({ title: `Concern round ${s}`, startDate: "2026-05-10", place: "Astana" });
  const fields: FormField[] = [
    { label: "Title", text: `Over-long ${s} `.padEnd(201, "x") },
    { label: "Theme", option: "Labour rights" },
    { label: "Round first raised", option: `Concern round ${s}` },
    { label: "Description", text: "What the EU asked for." },
    { label: "Legal references", text: "Labour Code Art. 12\nLaw on Trade Unions" },
  ];
  await page.goto("/concerns/new");
  await fillFields(page, fields);
  await expect(page.getByText("201 / 200 characters — 1 too many")).toBeVisible();
  await page.getByRole("button", { name: "Create concern" }).click();
  await expectRefused(page, /correct the highlighted fields/, { label: "Title", error: /at most 200 characters/ });
  await expectFieldsKept(page, fields);

  const keep = await newConcern(page, `Concern to keep ${s}`);
  const mine = await newConcern(page, `Concern to edit ${s}`);
  const other = await (await browser.newContext()).newPage();
  await new LoginPage(other).logInAs("ADMIN", `/concerns/${mine}/edit`);

  await page.goto(`/concerns/${mine}/edit`);
  const edit: FormField[] = [{ ...fields[0]!, text: `Edited concern ${s}` }, ...fields.slice(1)];
  await fillFields(page, edit);
  await other.goto(`/concerns/${mine}/edit`);
  await other.getByLabel("Title", { exact: true }).fill(`Their title ${s}`);
  await other.getByRole("button", { name: "Save concern" }).click();
  await expect(other).toHaveURL(new RegExp(`/concerns/${mine}$`));
  await page.getByRole("button", { name: "Save concern" }).click();
  await expectRefused(page, /Someone else changed this concern/);
  await expectFieldsKept(page, edit);

  await page.goto(`/concerns/${mine}/merge`);
  const target = await page.getByLabel("Concern to keep").locator("option", { hasText: `Concern to keep ${s}` }).textContent();
  await page.getByLabel("Concern to keep").selectOption({ label: target! });
  await other.goto(`/concerns/${keep}/edit`);
  await other.getByLabel("Description").fill("Changed meanwhile.");
  await other.getByRole("button", { name: "Save concern" }).click();
  await expect(other).toHaveURL(new RegExp(`/concerns/${keep}$`));
  await page.getByRole("button", { name: "Merge" }).click();
  await expectRefused(page, /Someone else changed this concern/);
  await expectFieldsKept(page, [{ label: "Concern to keep", option: target! }]);
  await other.context().close();
});

test("statuses: a quote not in the document is refused on the new, edit and passage forms, keeping every choice", async ({ page }) => {
  const s = stamp();
  const roundId = await new NewRoundPage(page).create({ title: `Status round ${s}`, startDate: "2026-05-19", place: "Astana" });
  const documentTitle = `Status document ${s}`;
  const documentId = await newDocument(page, roundId, documentTitle);
  const concernId = await newConcern(page, `Accreditation of foreign journalists ${s}`);
  await newConcern(page, `Accreditation of foreign media ${s}`);

  const fields: FormField[] = [
    { label: "Round", option: `Status round ${s}` },
    { label: "Status", option: STATUS.REGRESSED },
    { label: "Document", option: documentTitle },
    { label: "Quote", text: "A sentence that the document does not contain." },
    { label: "Translation (optional)", text: "Перевод." },
    { label: "Note", text: `Note ${s}` },
  ];
  await page.goto(`/concerns/${concernId}/statuses/new`);
  await fillFields(page, fields);
  await page.getByRole("button", { name: "Save status" }).click();
  await expectRefused(page, /./, { label: "Quote", error: /does not occur/i });
  await expectFieldsKept(page, fields);

  await page.getByLabel("Quote", { exact: true }).fill("the accreditation of foreign journalists");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page).toHaveURL(new RegExp(`/concerns/${concernId}`));
  await page.getByRole("link", { name: /^Edit the status at / }).first().click();
  // The status has a source now: the evidence fields add a second one.
  const edit: FormField[] = [
    { label: "Status", option: STATUS.NO_PROGRESS },
    { label: "Add a source: document", option: documentTitle },
    { label: "Add a source: quote", text: "Another sentence the document does not contain." },
    { label: "Translation (optional)", text: "Другой перевод." },
    { label: "Note", text: `Edited note ${s}` },
  ];
  await fillFields(page, edit);
  await page.getByRole("button", { name: "Save status" }).click();
  await expectRefused(page, /./, { label: "Add a source: quote", error: /does not occur/i });
  await expectFieldsKept(page, edit);

  // The workspace's "new concern from this passage": the passage is edited so that it differs from the text.
  // (A refused status save in the workspace is in workspace.spec.ts.)
  await page.goto(`/documents/${documentId}/record?round=${roundId}`);
  await page.getByRole("option", { name: /The EU raised the new media law/ }).click();
  const passage = page.getByLabel("Passage (quoted verbatim)");
  await expect(passage).toHaveValue(/The EU raised the new media law/);
  await passage.fill("The EU raised the accreditation of foreign media, said no text.");
  await page.getByRole("button", { name: "New concern from this passage" }).click();
  const newForm = page.getByRole("form", { name: "New concern from this passage" });
  const newFields: FormField[] = [
    { label: "Concern title", text: `From a passage ${s}` },
    { label: "Theme", option: "Peaceful assembly" },
    { label: "Description", text: "Described." },
    { label: "Status at this round", option: STATUS.NO_PROGRESS },
    { label: "Note", text: `New concern note ${s}` },
  ];
  await fillFields(newForm, newFields);
  await newForm.getByRole("button", { name: "Create concern" }).click();
  await expect(newForm.getByRole("alert").first()).toBeVisible();
  await expectFieldsKept(newForm, newFields);
});
