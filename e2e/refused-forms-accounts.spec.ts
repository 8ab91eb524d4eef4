import { demoUsers } from "../prisma/seed/demo-users";
import { AccountPage } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { UsersPage } from "./pages/users-page";
import { expectFieldsKept, expectRefused, fillFields, type FormField } from "./support/form-fields";
import { expect, test } from "./support/test";

// The account and admin forms: a refusal keeps every choice.
// Passwords are the one exception, on purpose: the server never sends a password back to the page.

const stamp = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 5);
const viewer = demoUsers.find((u) => u.role === "VIEWER")!;

test("login and password change: a refusal keeps the email and empties the passwords", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(`nobody-${stamp()}@example.org`, "not the password");
  await expect(login.formError()).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(/^nobody-/);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await login.logIn(viewer.email, viewer.password);
  await expect(page.getByRole("button", { name: "Log out", exact: true })).toBeVisible();
  const account = new AccountPage(page);
  await account.goto();
  await account.changePassword("not my current password", "a brand new pass phrase");
  await expectRefused(page, /correct the highlighted fields/, { label: "Current password", error: /not your current password/ });
  for (const label of ["Current password", "New password", "New password again"]) await expect(page.getByLabel(label, { exact: true })).toHaveValue("");
});

test("users: a duplicate email and a conflicting role change keep the name, email and chosen role", async ({ page, browser }) => {
  await new LoginPage(page).logInAs("ADMIN", "/admin/users");
  const users = new UsersPage(page);
  const form = page.getByRole("region", { name: "Add a user" });
  const fields: FormField[] = [{ label: "Name", text: "Second Viewer" }, { label: "Email", text: viewer.email }, { label: "Role", option: "Analyst" }];
  await fillFields(form, fields);
  await form.getByRole("button", { name: "Add user" }).click();
  await expectRefused(form, /correct the highlighted fields/, { label: "Email", error: /already an account/ });
  await expectFieldsKept(form, fields);

  const name = `Role Refused ${stamp()}`;
  await users.createUser(name, `${name.replace(/ /g, ".").toLowerCase()}@test.example.org`, "Viewer");
  await users.goto();
  const other = await (await browser.newContext()).newPage();
  await new LoginPage(other).logInAs("ADMIN", "/admin/users");
  await other.getByRole("button", { name: `Reset password for ${name}` }).click();
  await expect(other.getByTestId("one-time-password")).toBeVisible();

  const role = users.row(name).getByLabel(`Role for ${name}`, { exact: true });
  await role.selectOption({ label: "Analyst" });
  await users.row(name).getByRole("button", { name: `Save role for ${name}` }).click();
  await expect(users.row(name).getByRole("alert")).toContainText("changed by someone else");
  await expect(role.locator("option:checked")).toHaveText("Analyst");
  await other.context().close();
});
