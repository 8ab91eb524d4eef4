import { expect, type Page } from "@playwright/test";

export class NewConcernPage {
  constructor(readonly page: Page) {}

  /** Fills in the form at `formUrl` (default: this app's) and creates the concern; returns its page's URL. */
  async create(title: string, theme: string, formUrl = "/concerns/new") {
    await this.page.goto(formUrl);
    await this.page.getByLabel("Title", { exact: true }).fill(title);
    await this.page.getByLabel("Theme").selectOption({ label: theme });
    await this.page.getByRole("button", { name: "Create concern" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return this.page.url();
  }
}

export class ConcernPage {
  constructor(readonly page: Page) {}

  async open(title: string) {
    await this.page.goto(`/concerns?q=${encodeURIComponent(title)}`);
    await this.page.getByRole("link", { name: title, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  timelineEntry(roundId: number) {
    return this.page.getByRole("list", { name: "Timeline" }).locator(`#round-${roundId}`);
  }
}

/** The edit form of one status. */
export class StatusEditPage {
  constructor(readonly page: Page) {}

  note() {
    return this.page.getByLabel("Note");
  }

  async save() {
    await this.page.getByRole("button", { name: "Save status" }).click();
  }

  staleNotice() {
    return this.page.getByTestId("stale-notice");
  }
}
