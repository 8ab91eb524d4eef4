import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The recording workspace, driven from the keyboard. Every key press and click
 * made through this object is counted in `actions`: what a user would do.
 * Waiting for the page and reading it are not actions.
 */
export class WorkspacePage {
  actions = 0;
  constructor(readonly page: Page) {}

  async open(documentId: number, roundId: number) {
    await this.page.goto(`/documents/${documentId}/record?round=${roundId}`);
    await expect(this.page.getByRole("listbox", { name: /Passages of the document/ })).toBeVisible();
    // Hydrated: the shortcuts button answers.
    await expect(this.page.getByRole("button", { name: "Keyboard shortcuts (?)" })).toBeEnabled();
  }

  async press(key: string) {
    this.actions++;
    await this.page.keyboard.press(key);
  }

  async click(target: Locator) {
    this.actions++;
    await target.click();
  }

  passages() {
    return this.page.getByRole("listbox", { name: /Passages of the document/ });
  }

  /** The passage the keyboard cursor is on, its spaces (non-breaking ones too, as press releases have) made plain. */
  async focusedPassage(): Promise<string> {
    const id = await this.passages().getAttribute("aria-activedescendant");
    return id ? ((await this.page.locator(`#${id}`).textContent()) ?? "").replace(/\s+/g, " ").trim() : "";
  }

  /** Presses a key that moves the passage cursor, and waits until the page has moved it. */
  async step(key: "j" | "k" | "Shift+J" | "Shift+K") {
    const before = await this.passages().getAttribute("aria-activedescendant");
    await this.press(key);
    await expect(this.passages()).not.toHaveAttribute("aria-activedescendant", before ?? "");
  }

  /** Presses j until the passage starting with `start` is selected. */
  async selectPassage(start: string, extendOver = 0) {
    for (let i = 0; i < 80 && !(await this.focusedPassage()).startsWith(start); i++) await this.step("j");
    expect(await this.focusedPassage()).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    for (let i = 0; i < extendOver; i++) await this.step("Shift+J");
  }

  recordingFor() {
    return this.page.locator("#recording-for");
  }

  async pickedTitle(): Promise<string> {
    return (await this.recordingFor().count()) ? ((await this.recordingFor().textContent()) ?? "") : "";
  }

  /**
   * Waits for the suggestions, then presses n until `title` is the concern
   * picked; when it is not among the first suggestions, searches for it (/).
   */
  async pickConcern(title: string, search?: string) {
    await expect(this.page.getByText("Finding matching concerns…")).toBeHidden();
    // Out of a text field first, as a user would, so that n is a shortcut and not a letter.
    if (await this.page.evaluate(() => document.activeElement?.matches("input, textarea") ?? false)) await this.press("Escape");
    const suggested = await this.page.getByRole("list", { name: "Suggested concerns" }).getByRole("button").count();
    for (let i = 0; i <= suggested && !(await this.pickedTitle()).includes(title); i++) await this.press("n");
    if (!(await this.pickedTitle()).includes(title)) {
      await this.press("/");
      this.actions++;
      await this.page.keyboard.type(search ?? title);
      await this.press("Escape");
      for (let i = 0; i <= suggested + 1 && !(await this.pickedTitle()).includes(title); i++) await this.press("n");
    }
    await expect(this.recordingFor()).toContainText(title);
  }

  async save(message: RegExp) {
    await this.press("Control+Enter");
    await expect(this.page.getByRole("status").filter({ hasText: message })).toBeVisible();
  }

  async record(passageStart: string, concern: string, options: { statusKey?: string; extendOver?: number } = {}) {
    await this.selectPassage(passageStart, options.extendOver);
    await this.pickConcern(concern);
    if (options.statusKey) await this.press(options.statusKey);
    await this.save(new RegExp(`(Recorded|Added as another source of) “${concern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”`));
  }
}
