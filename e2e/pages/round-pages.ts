import { expect, type Page } from "@playwright/test";

export class NewRoundPage {
  constructor(readonly page: Page) {}

  async create(round: { title: string; startDate: string; place: string; format?: "In person" | "Online" }) {
    await this.page.goto("/rounds/new");
    await this.page.getByLabel("Title").fill(round.title);
    await this.page.getByLabel("Start date").fill(round.startDate);
    await this.page.getByLabel("Place").fill(round.place);
    if (round.format) await this.page.getByLabel("Format").selectOption({ label: round.format });
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

  /** A status discussed at the round, shown in full with its evidence. */
  /** A status in "Statuses recorded at this round" (the History section below names the same concerns). */
  statusEntry(concernTitle: string) {
    return this.page
      .getByRole("region", { name: "Statuses recorded at this round" })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: concernTitle, exact: true }) });
  }

  /** The one line per theme that stands for its NOT_RAISED concerns ("3 concerns not raised"). */
  notRaisedSummary(themeName: string) {
    return this.themeSection(themeName).locator("summary");
  }

  /** Opens a theme's not-raised line and gives the list it folds. */
  async openNotRaised(themeName: string) {
    await this.notRaisedSummary(themeName).click();
    const list = this.page.getByRole("list", { name: `Not raised: ${themeName}` });
    await expect(list).toBeVisible();
    return list;
  }
}

export class RoundsListPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/rounds");
  }

  item(title: string) {
    return this.page.getByRole("list", { name: "Rounds, newest first" }).getByRole("listitem").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }
}
