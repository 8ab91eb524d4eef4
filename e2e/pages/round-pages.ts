import { expect, type Page } from "@playwright/test";

export class NewRoundPage {
  constructor(readonly page: Page) {}

  async create(round: { title: string; startDate: string; place: string }) {
    await this.page.goto("/rounds/new");
    await this.page.getByLabel("Title").fill(round.title);
    await this.page.getByLabel("Start date").fill(round.startDate);
    await this.page.getByLabel("Place").fill(round.place);
    await this.page.getByRole("button", { name: "Create round" }).click();
    await expect(this.page).toHaveURL(/\/rounds\/\d+$/);
    await expect(this.page.getByRole("heading", { level: 1, name: round.title })).toBeVisible();
    return Number(this.page.url().split("/").at(-1));
  }
}

export class RoundPage {
  constructor(readonly page: Page) {}

  async goto(id: number) {
    await this.page.goto(`/rounds/${id}`);
  }

  themeSection(themeName: string) {
    return this.page.getByRole("region", { name: themeName });
  }

  statusEntry(concernTitle: string) {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("link", { name: concernTitle, exact: true }) });
  }
}
