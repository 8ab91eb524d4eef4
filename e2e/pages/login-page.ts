import { expect, type Page } from "@playwright/test";
import { demoUsers } from "../../prisma/seed/demo-users";

export type DemoRole = (typeof demoUsers)[number]["role"];

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(path = "/login") {
    await this.page.goto(path);
  }

  async logIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Log in" }).click();
  }

  /** Logs in through the real form as the demo user of this role. */
  async logInAs(role: DemoRole, path = "/login") {
    const user = demoUsers.find((u) => u.role === role)!;
    await this.goto(path);
    await this.logIn(user.email, user.password);
    await expect(this.page.getByRole("button", { name: "Log out", exact: true })).toBeVisible();
    return user;
  }

  formError() {
    return this.page.locator("form").getByRole("alert");
  }
}
