import AxeBuilder from "@axe-core/playwright";
import { request as apiRequest } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

// An admin gives a program read access: the token works with no login, through
// the real server (its proxy included), until it is revoked.
test("an admin creates an API token, a program reads the API with it, and revoking it ends that at once", async ({ page, baseURL }) => {
  await new LoginPage(page).logInAs("ADMIN", "/admin/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const name = `Partner sync ${Date.now()}`;
  await page.getByLabel("Acts as").selectOption({ label: "Victor Viewer (Viewer, viewer@example.org)" });
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^dtk_/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Never");

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);

  // A program: no cookies, only the token.
  const program = await apiRequest.newContext({ baseURL });
  const url = "/api/v1/dashboard/export?format=json";
  const ok = await program.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).title).toBe("figures of every theme");
  const anonymous = await program.get(url);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toBe("application/problem+json");

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).not.toContainText("Never");
  await page.getByRole("button", { name: `Revoke the token ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  const revoked = await program.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).detail).toMatch(/unknown, revoked/);
  await program.dispose();
});

test("a viewer reads the API's documentation, generated from the same schemas as the API", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
  await expect(page.getByRole("heading", { name: "Read API", level: 1 })).toBeVisible();
  const concerns = page.getByRole("region", { name: "GET /api/v1/concerns", exact: true });
  await expect(concerns.getByRole("rowheader", { name: "status" })).toBeVisible();
  await expect(concerns).toContainText("NONE");
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
  const document = await page.request.get("/api/v1/openapi.json");
  expect((await document.json()).paths["/api/v1/concerns"]).toBeDefined();
});
