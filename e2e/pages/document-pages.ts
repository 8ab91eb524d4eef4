import { expect, type Page } from "@playwright/test";

export class NewDocumentPage {
  constructor(readonly page: Page) {}

  /** Adds the document (to the rounds ticked) and returns its id. */
  async add(doc: { title: string; publisher: string; publishedOn: string; text: string; language?: string }) {
    await this.page.getByLabel("Title").fill(doc.title);
    await this.page.getByLabel("Publisher").fill(doc.publisher);
    await this.page.getByLabel("Publication date").fill(doc.publishedOn);
    if (doc.language) await this.page.getByLabel("Language").fill(doc.language);
    await this.page.getByLabel("Full text").fill(doc.text);
    await this.page.getByRole("button", { name: "Add document" }).click();
    await expect(this.page).toHaveURL(/\/documents\/\d+$/);
    return Number(this.page.url().split("/").at(-1));
  }
}
