import AxeBuilder from "@axe-core/playwright";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

const QUOTE = "The EU Delegation in Astana also visited Max Bokayev in prison on 23 November 2017.";

test("a word from a quote, searched from the header, opens the concern's timeline at that quote", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/dashboard");
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search everything" });
  await expect(box).toBeFocused();
  await box.fill("visited Bokayev");
  await box.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=visited\+Bokayev/);
  await expect(page.getByRole("status")).toContainText("for “visited Bokayev”");
  const quotes = page.getByRole("region", { name: /^Quotes \(\d+\)$/ });
  const hit = quotes.getByRole("listitem").filter({ hasText: "visited Max Bokayev" }).first();
  await expect(hit.locator("mark")).toHaveText(["visited", "Bokayev"]);
  await hit.getByRole("link").click();

  await expect(page).toHaveURL(/\/concerns\/\d+\?quote=\d+#round-\d+$/);
  const found = page.locator("li[aria-current=true]");
  await expect(found).toContainText(QUOTE);
  await expect(found).toContainText("Found by your search");
  await expect(found).toBeInViewport();
});

test("a concern is found by its Russian alias, declined, and its hit shows the alias", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/dashboard");
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search everything" });
  await box.fill("аккредитацию журналистов");
  await box.press("Enter");

  const concerns = page.getByRole("region", { name: /^Concerns \(\d+\)$/ });
  const hit = concerns.getByRole("listitem").filter({ hasText: "Government powers to deny accreditation" });
  await expect(hit).toContainText("Also known as: аккредитации журналистов");
  await expect(hit.locator("mark").filter({ hasText: "журналистов" })).toHaveCount(1);
});

test("a document hit opens the document at the passage", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/search?q=visited%20Bokayev&kind=document");
  const hit = page.getByRole("region", { name: /^Documents \(\d+\)$/ }).getByRole("listitem").first();
  await hit.getByRole("link").click();
  await expect(page).toHaveURL(/\/documents\/\d+\?passage=.+#passage$/);
  // The passage is cut where quotes used as evidence begin and end: read it whole.
  await expect.poll(async () => (await page.getByTestId("search-passage").allTextContents()).join("")).toContain("visited Max Bokayev");
  await expect(page.locator("#passage")).toBeInViewport();
});

test("the search page passes automated accessibility checks, with results, with none, and with a bad query", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER", "/search");
  await expect(page.getByText("Type what to look for")).toBeVisible();
  for (const path of ["/search?q=torture", "/search?q=torture&kind=quote", "/search?q=zzqqxxnothing", '/search?q=%22unclosed']) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await expect(page.getByRole("alert").filter({ hasText: "closing quote mark" })).toBeVisible();
  await page.goto("/search?q=zzqqxxnothing");
  await expect(page.getByText("Nothing matches.")).toBeVisible();
});

test("in the recording workspace / still searches its concerns; elsewhere it reaches the header's box", async ({ page }) => {
  await new LoginPage(page).logInAs("ANALYST", "/documents");
  // evaluateAll does not wait: the list must be there first.
  await expect(page.locator('main a[href^="/documents/"]').first()).toBeVisible();
  const hrefs = await page.locator('main a[href^="/documents/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  await page.goto(hrefs.find((href) => /^\/documents\/\d+$/.test(href))!);
  await page.getByRole("link", { name: /^Record statuses from this text/ }).first().click();
  await expect(page.getByRole("button", { name: "Keyboard shortcuts (?)" })).toBeEnabled();
  await page.keyboard.press("/");
  const header = page.getByRole("searchbox", { name: "Search everything" });
  await expect(header).not.toBeFocused();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");

  await page.goto("/concerns");
  await page.keyboard.press("/");
  await expect(header).toBeFocused();
});
