import { expect, type Page } from "@playwright/test";

export class AccountPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/account");
    await expect(this.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  }

  async changePassword(current: string, next: string, again = next) {
    await this.page.getByLabel("Current password").fill(current);
    await this.page.getByLabel("New password", { exact: true }).fill(next);
    await this.page.getByLabel("New password again").fill(again);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }
}
