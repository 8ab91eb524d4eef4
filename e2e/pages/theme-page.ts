import { expect, type Locator, type Page } from "@playwright/test";

/** The theme page: matrix cells by concern and round year, filters, popovers. */
export class ThemePage {
  constructor(readonly page: Page) {}

  matrix(): Locator {
    return this.page.getByRole("region", { name: /status of each concern at each round/ }).getByRole("table");
  }

  /** The cell of this concern (row header text) at the round whose column heading starts with `year`. */
  async cell(concern: string | RegExp, year: string): Promise<Locator> {
    // The page streams in after its loading state; read the headings once the table is there.
    await expect(this.matrix().getByRole("columnheader").first()).toBeVisible();
    const headers = await this.matrix().getByRole("columnheader").allInnerTexts();
    const index = headers.findIndex((text) => text.trim().startsWith(year));
    expect(index, `a column for ${year} in ${headers.join(" | ")}`).toBeGreaterThan(0);
    // Column 0 is the row header, so data cells are offset by one.
    return this.matrix().getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: concern }) }).getByRole("cell").nth(index - 1);
  }

  async columnYears(): Promise<string[]> {
    await expect(this.matrix().getByRole("columnheader").first()).toBeVisible();
    return (await this.matrix().getByRole("columnheader").allInnerTexts()).slice(1).map((text) => text.trim().slice(0, 4));
  }

  /** The popover a matrix cell opens, with the quote behind it. */
  quotePopover(): Locator {
    return this.page.getByRole("dialog");
  }

  filters(): Locator {
    return this.page.getByRole("form", { name: "Filters" });
  }
}
