import type { Browser, Page } from "@playwright/test";
import { demoUsers } from "../prisma/seed/demo-users";
import { AccountPage } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { UsersPage } from "./pages/users-page";
import { serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

const ROLE_LABEL = { ADMIN: "Admin", ANALYST: "Analyst", VIEWER: "Viewer" } as const;

function header(page: Page) {
  return page.getByRole("banner");
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

for (const user of demoUsers) {
  test(`${ROLE_LABEL[user.role]} logs in through the form and sees their name and role`, async ({ page }) => {
    await new LoginPage(page).logInAs(user.role);
    await expect(header(page).getByText(user.name)).toBeVisible();
    await expect(header(page).getByText(ROLE_LABEL[user.role], { exact: true })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Users" })).toHaveCount(user.role === "ADMIN" ? 1 : 0);
  });
}

test("a wrong password gets a plain message and keeps the typed email", async ({ page }) => {
  const login = new LoginPage(page);
  const viewer = demoUsers.find((u) => u.role === "VIEWER")!;
  await login.goto();
  await login.logIn(viewer.email, "not-the-password");
  await expect(login.formError()).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(viewer.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);
});

test("login sends the user on to the page they asked for, and logout ends the session", async ({ page }) => {
  const login = new LoginPage(page);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  const analyst = demoUsers.find((u) => u.role === "ANALYST")!;
  await login.logIn(analyst.email, analyst.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await header(page).getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
});

test("anonymous API calls get a 401 JSON error, and a logged-in user's call to a path the API does not have a 404 one", async ({ page, request }) => {
  for (const path of ["/api/v1/anything", "/api/v1/concerns"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  }
  await new LoginPage(page).logInAs("VIEWER");
  const missing = await page.request.get("/api/v1/anything/at/all");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
  expect((await missing.json()).detail).toContain("/api/v1/openapi.json");
});

test("a viewer gets a not-allowed page instead of the users page, with no edit controls", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to view this page" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Add user|Save role|Disable|Reset password/ })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a viewer's forged request to make themselves admin is refused and changes nothing", async ({ page, browser, baseURL }) => {
  const viewer = demoUsers.find((u) => u.role === "VIEWER")!;
  const adminPage = await newPage(browser);
  await new LoginPage(adminPage).logInAs("ADMIN");
  const users = new UsersPage(adminPage);
  await users.goto();
  const fields = await users.formFields(viewer.name);

  await new LoginPage(page).logInAs("VIEWER");
  // What the browser sends for a server action call, with the viewer's own cookies.
  const response = await page.request.post("/admin/users", {
    headers: {
      "Next-Action": serverActionId("lib/actions/users.ts", "changeUserRole"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL!,
    },
    data: JSON.stringify([{}, { ...fields, role: "ADMIN" }]),
  });
  expect(await response.text()).toContain("You do not have permission to do this.");

  await users.goto();
  await expect(users.row(viewer.name).getByRole("cell").first()).toHaveText("Viewer");
  await page.reload();
  await expect(header(page).getByText("Viewer", { exact: true })).toBeVisible();
  await adminPage.context().close();
});

test("an admin adds a user who logs in, changes their password, and is cut off by a role change and by being disabled", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Erin E2e ${stamp}`;
  const email = `erin-${stamp}@test.example.org`;
  await new LoginPage(page).logInAs("ADMIN");
  const users = new UsersPage(page);
  await users.goto();
  const oneTimePassword = await users.createUser(name, email, "Analyst");
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(16);
  await expect(users.row(name).getByRole("cell").nth(1)).toHaveText("Active");
  await expect(users.row(name).getByRole("cell").nth(2)).toHaveText("Never");

  const erin = await newPage(browser);
  const erinLogin = new LoginPage(erin);
  await erinLogin.goto();
  await erinLogin.logIn(email, oneTimePassword);
  await expect(header(erin).getByText(name)).toBeVisible();
  await expect(header(erin).getByText("Analyst", { exact: true })).toBeVisible();
  // A one-time password opens only the account page until Erin chooses her own.
  await expect(erin).toHaveURL(/\/account\?password=required$/);
  await expect(erin.getByRole("main").getByRole("alert")).toContainText("You logged in with a one-time password");
  await erin.goto("/dashboard");
  await expect(erin).toHaveURL(/\/account\?password=required$/);

  const account = new AccountPage(erin);
  await account.goto();
  await account.changePassword(oneTimePassword, "short");
  await expect(erin.getByText("A password needs at least 12 characters.")).toBeVisible();
  await account.changePassword(oneTimePassword, "erin-chose-this-one");
  await expect(erin.getByRole("status")).toHaveText("Your password is changed. Other sessions with the old password have ended.");
  await expect(erin).toHaveURL(/\/account\?password=changed$/);
  await erin.goto("/");
  await expect(erin).toHaveURL(/\/dashboard/);
  await expect(header(erin).getByText(name)).toBeVisible();

  await users.goto();
  await users.setRole(name, "Viewer");
  await erin.reload();
  await expect(header(erin).getByText("Viewer", { exact: true })).toBeVisible();

  await users.disable(name);
  await erin.goto("/");
  await expect(erin).toHaveURL(/\/login/);
  await erinLogin.logIn(email, "erin-chose-this-one");
  await expect(erinLogin.formError()).toHaveText("Email or password is incorrect.");
  await erin.context().close();
});
