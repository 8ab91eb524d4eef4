// Real HTTP statuses from the production server. Under a segment with loading.tsx Next streams a
// 200 before the page decides, so a notFound() or forbidden() there would answer 200; these
// requests check the status line itself, and that hostile parameters never answer 5xx.
import type { APIRequestContext, Browser } from "@playwright/test";
import { LoginPage, type DemoRole } from "./pages/login-page";
import { expect, test } from "./support/test";

async function requestAs(browser: Browser, role: DemoRole): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).logInAs(role);
  return page.request;
}

const status = async (request: APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).status();

test("missing records answer 404, also under routes with a loading state", async ({ browser }) => {
  const request = await requestAs(browser, "ANALYST");
  for (const path of [
    "/concerns/2147483647", "/concerns/0x10", "/concerns/99999999999/edit", "/documents/2147483647", "/rounds/2147483647",
    "/rounds/1e3/edit", "/themes/no-such-theme", "/themes/%00", "/statuses/2147483647/edit",
  ]) {
    expect(await status(request, path), path).toBe(404);
  }
});

test("pages a viewer may not open answer 403, also under routes with a loading state", async ({ browser }) => {
  const request = await requestAs(browser, "VIEWER");
  for (const path of ["/concerns/new", "/documents/new", "/rounds/new", "/admin/audit"]) expect(await status(request, path), path).toBe(403);
});

test("hostile parameters answer 4xx or are ignored, never 5xx", async ({ browser }) => {
  const request = await requestAs(browser, "ADMIN");
  expect(await status(request, "/concerns?q=%00")).toBe(200);
  expect(await status(request, "/admin/audit?page=1e300")).toBe(200);
  expect(await status(request, "/admin/audit?from=2020-02-30&actor=99999999999")).toBe(200);
  expect(await status(request, "/dashboard?from=2020-02-30&page=1e300")).toBe(200);
  expect(await status(request, "/api/v1/themes/%00/export")).toBe(404);
  expect(await status(request, "/api/v1/statuses/0x10")).toBe(400);
});

test("a form over the body size limit says so in a plain sentence, keeps the page and sends nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).logInAs("ANALYST", "/documents/new");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByLabel("Title").fill("Too large");
  await page.getByLabel("Publisher").fill("EEAS");
  // 2.4 MB of Cyrillic: far past what the schema accepts, and past the server-action body limit.
  await page.getByLabel("Full text").evaluate((element) => {
    (element as HTMLTextAreaElement).value = "Қазақстан ".repeat(120_000);
  });
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/too large to send \(2\.\d MB; the limit is 2 MB\)/);
  await expect(page.getByLabel("Title")).toHaveValue("Too large");
  expect(posts).toEqual([]);
  await context.close();
});
