import { expect, type Page } from "@playwright/test";

type RoleLabel = "Admin" | "Analyst" | "Viewer";

export class UsersPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/users");
    await expect(this.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  }

  row(nameOrEmail: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: new RegExp(nameOrEmail) }) });
  }

  /** Adds a user and returns the one-time password shown for them. */
  async createUser(name: string, email: string, role: RoleLabel) {
    const form = this.page.getByRole("region", { name: "Add a user" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText(`Account created for ${name} (${role}).`)).toBeVisible();
    return (await form.getByTestId("one-time-password").textContent())!.trim();
  }

  async setRole(name: string, role: RoleLabel) {
    await this.row(name).getByLabel(`Role for ${name}`, { exact: true }).selectOption({ label: role });
    await this.row(name).getByRole("button", { name: `Save role for ${name}` }).click();
    await expect(this.row(name).getByRole("status").filter({ hasText: `${name} is now` })).toBeVisible();
  }

  async disable(name: string) {
    await this.row(name).getByRole("button", { name: `Disable ${name}` }).click();
    await expect(this.row(name).getByRole("status").filter({ hasText: "is disabled" })).toBeVisible();
  }

  /** The hidden id and version a row's forms post, as a forged request would need them. */
  async formFields(name: string) {
    const row = this.row(name);
    return { id: await row.locator('input[name="id"]').first().inputValue(), version: await row.locator('input[name="version"]').first().inputValue() };
  }
}
