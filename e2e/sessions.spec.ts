import type { Browser, BrowserContext } from "@playwright/test";
import { AccountPage } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { UsersPage } from "./pages/users-page";
import { expect, test } from "./support/test";

/** A second browser holding a copy of this context's cookies, as someone who copied the session cookie would. */
async function copyCookies(browser: Browser, from: BrowserContext) {
  const copy = await browser.newContext();
  await copy.addCookies(await from.cookies());
  return copy;
}

async function createUser(browser: Browser, label: string) {
  const admin = await (await browser.newContext()).newPage();
  await new LoginPage(admin).logInAs("ADMIN");
  const users = new UsersPage(admin);
  await users.goto();
  const stamp = `${label}-${Date.now().toString(36)}`;
  const name = `Sam Session ${stamp}`;
  const email = `sam-${stamp}@test.example.org`;
  const oneTimePassword = await users.createUser(name, email, "Analyst");
  return { admin, users, name, email, oneTimePassword };
}

/** Logs in with the one-time password and replaces it, so every page opens. */
async function logInFresh(browser: Browser, email: string, oneTimePassword: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(email, oneTimePassword);
  await expect(page).toHaveURL(/\/account\?password=required$/);
  await new AccountPage(page).changePassword(oneTimePassword, password);
  await expect(page).toHaveURL(/\/account\?password=changed$/);
  return page;
}

test("a copied session cookie stops working as soon as its owner logs out", async ({ page, browser }) => {
  await new LoginPage(page).logInAs("ANALYST");
  const copy = await copyCookies(browser, page.context());
  const thief = await copy.newPage();
  await thief.goto("/account");
  await expect(thief.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await thief.goto("/account");
  await expect(thief).toHaveURL(/\/login/);
  const api = await thief.request.get("/api/v1/dashboard/export?format=json");
  expect(api.status()).toBe(401);
  await copy.close();
});

test("'Log out everywhere' on the account page ends the user's sessions in every browser", async ({ browser }) => {
  const { admin, email, oneTimePassword } = await createUser(browser, "self");
  const laptop = await logInFresh(browser, email, oneTimePassword, "sam-chose-this-password");
  const phone = await (await browser.newContext()).newPage();
  const phoneLogin = new LoginPage(phone);
  await phoneLogin.goto();
  await phoneLogin.logIn(email, "sam-chose-this-password");
  await expect(phone.getByRole("button", { name: "Log out", exact: true })).toBeVisible();

  await new AccountPage(laptop).goto();
  await laptop.getByRole("button", { name: "Log out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/login$/);
  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/login/);
  await Promise.all([laptop.context().close(), phone.context().close(), admin.context().close()]);
});

test("an admin logs one user out everywhere from the users page", async ({ browser }) => {
  const { admin, users, name, email, oneTimePassword } = await createUser(browser, "admin");
  const sam = await logInFresh(browser, email, oneTimePassword, "sam-chose-this-password");
  await users.goto();
  await users.row(name).getByRole("button", { name: `Log out ${name} everywhere` }).click();
  await expect(users.row(name).getByRole("status").filter({ hasText: `${name} is logged out everywhere (1 session ended).` })).toBeVisible();
  await sam.goto("/dashboard");
  await expect(sam).toHaveURL(/\/login/);
  // The admin's own session is untouched.
  await users.goto();
  await Promise.all([sam.context().close(), admin.context().close()]);
});
