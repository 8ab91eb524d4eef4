import { expect, type Page } from "@playwright/test";

export class NewDocumentPage {
  constructor(readonly page: Page) {}

  async add(doc: { title: string; publisher: string; publishedOn: string; text: string }) {
    await this.page.getByLabel("Title").fill(doc.title);
    await this.page.getByLabel("Publisher").fill(doc.publisher);
    await this.page.getByLabel("Publication date").fill(doc.publishedOn);
    await this.page.getByLabel("Full text").fill(doc.text);
    await this.page.getByRole("button", { name: "Add document" }).click();
    await expect(this.page).toHaveURL(/\/documents\/\d+$/);
  }
}

/** A document's page with the log-a-round panels. */
export class DocumentPage {
  constructor(readonly page: Page) {}

  passage() {
    return this.page.getByRole("textbox", { name: "Passage" });
  }

  /** Selects `passage` in the document text as a reader would with the mouse. */
  async selectInText(passage: string) {
    await this.page.getByTestId("document-text").evaluate((container, wanted) => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      }
      throw new Error(`Passage not in the text: ${wanted}`);
    }, passage);
    await expect(this.passage()).toHaveValue(passage);
  }

  async useSuggestion(concernTitle: string) {
    await this.page.getByRole("button", { name: "Find matching concerns" }).click();
    const suggestions = this.page.getByRole("list", { name: "Suggested concerns" });
    await expect(suggestions).toBeVisible();
    await suggestions.getByRole("button", { name: `Use “${concernTitle}”` }).click();
  }

  async saveStatus(status: string, note: string) {
    await this.page.getByLabel("Status", { exact: true }).selectOption({ label: status });
    await this.page.getByLabel("Note").fill(note);
    await this.page.getByRole("button", { name: "Save status" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Status recorded" })).toBeVisible();
    await this.page.getByRole("button", { name: "Log another passage" }).click();
  }

  async createConcern(concern: { title: string; theme: string; status: string }) {
    await this.page.getByRole("button", { name: "New concern from this passage" }).click();
    const form = this.page.getByRole("form", { name: "New concern from this passage" });
    await form.getByLabel("Concern title").fill(concern.title);
    await form.getByLabel("Theme").selectOption({ label: concern.theme });
    await form.getByLabel("Status at this round").selectOption({ label: concern.status });
    await form.getByRole("button", { name: "Create concern" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Concern created" })).toBeVisible();
    await this.page.getByRole("button", { name: "Log another passage" }).click();
  }

  async markAllNotRaised() {
    await this.page.getByRole("button", { name: /^Mark all \d+ as not raised$/ }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /Marked \d+ concerns? as not raised/ })).toBeVisible();
  }

  highlight(text: string) {
    return this.page.getByTestId("document-text").locator("mark").filter({ hasText: text });
  }
}
