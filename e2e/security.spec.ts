import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { serverActionId } from "./support/server-actions";
import { expect, test } from "./support/test";

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null, what: string) {
  expect(response, what).not.toBeNull();
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(csp, `${what}: CSP`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expectStaticSecurityHeaders(response!, what);
  return csp;
}

/** An answer that is data (the API's, a server action's): the same headers, and a CSP that lets it load and run nothing. */
function expectDataAnswerHeaders(response: { headers(): Record<string, string> }, what: string) {
  expect(response.headers()["content-security-policy"], `${what}: CSP`).toMatch(/^default-src 'none';/);
  expectStaticSecurityHeaders(response, what);
}

/** The headers every answer carries, whatever its CSP. */
function expectStaticSecurityHeaders(response: { headers(): Record<string, string> }, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["x-frame-options"], what).toBe("DENY");
  // The e2e server is a production build.
  expect(headers["strict-transport-security"], what).toMatch(/^max-age=\d+/);
}

test("pages, API routes and error pages carry the security headers, pages with a fresh nonce each time", async ({ page }) => {
  const anonymous = await page.request.get("/login");
  const first = expectSecurityHeaders(anonymous, "login page");
  expect(expectSecurityHeaders(await page.request.get("/login"), "login page again")).not.toBe(first);
  const anonymousApi = await page.request.get("/api/v1/dashboard/export?format=json");
  expect(anonymousApi.status()).toBe(401);
  expectDataAnswerHeaders(anonymousApi, "API, anonymous 401");
  expectSecurityHeaders(await page.request.get("/dashboard", { maxRedirects: 0 }), "redirect to login");

  await new LoginPage(page).logInAs("VIEWER");
  expectSecurityHeaders(await page.goto("/dashboard"), "dashboard");
  const api = await page.request.get("/api/v1/dashboard/export?format=json");
  expect(api.status()).toBe(200);
  expectDataAnswerHeaders(api, "API");
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");
  const forbidden = await page.goto("/admin/users");
  expect(forbidden?.status()).toBe(403);
  expectSecurityHeaders(forbidden, "403 page");
  const apiMissing = await page.request.get("/api/v1/statuses/999999999");
  expect(apiMissing.status()).toBe(404);
  expectDataAnswerHeaders(apiMissing, "API 404");
});

test("a server action's answer carries the security headers, with a CSP that lets it load and run nothing", async ({ page, baseURL }) => {
  await new LoginPage(page).logInAs("VIEWER");
  // Action calls skip the proxy (no page, so no nonce): next.config.ts gives them their headers.
  const response = await page.request.post("/admin/users", {
    headers: { "Next-Action": serverActionId("lib/actions/users.ts", "changeUserRole"), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
    data: JSON.stringify([{}, { userId: "1", role: "ADMIN" }]),
  });
  expect(await response.text()).toContain("You do not have permission to do this.");
  expectDataAnswerHeaders(response, "action answer");
});

test("the session cookie is Secure and HttpOnly in production", async ({ page }) => {
  await new LoginPage(page).logInAs("VIEWER");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
});

test("robots.txt and the favicon are served to anyone, with the static headers", async ({ request }) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
  expect(robots.headers()["x-content-type-options"]).toBe("nosniff");
  const favicon = await request.get("/favicon.svg", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});

test("the login page never sends a user off-site, logged in or just logging in", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const target of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/"]) {
    await new LoginPage(page).goto(`/login?callbackUrl=${target}`);
    await page.getByLabel("Email").fill("viewer@example.org");
    await page.getByLabel("Password").fill("viewer-demo-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("button", { name: "Log out", exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    // Already logged in: the page redirects straight away.
    await page.goto(`/login?callbackUrl=${target}`);
    await expect(page.getByRole("button", { name: "Log out", exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    await page.context().clearCookies();
  }
});

/** Records CSP violations and script errors on every page this tab opens. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|CSP violation/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test("the main pages work under the CSP: no violations, no script errors, and they hydrate", async ({ page }) => {
  // Seventeen pages, each until the network is idle.
  test.setTimeout(150_000);
  const problems = await watchForViolations(page);
  await page.goto("/login");
  await new LoginPage(page).logInAs("ADMIN");
  const visited: string[] = [];
  const visit = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Hydrated: the client runtime is up, which it cannot be if its scripts were blocked.
    await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next === "object")).toBe(true);
    visited.push(path);
  };
  const firstLink = async (from: string, pattern: RegExp) => {
    await page.goto(from);
    // Pages with a loading state stream their list in after the first paint.
    const find = async () => {
      const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      return hrefs.find((h) => pattern.test(h));
    };
    await expect.poll(find, { message: `a link matching ${pattern} on ${from}` }).toBeDefined();
    return (await find())!;
  };
  for (const path of ["/dashboard", "/rounds", "/concerns", "/documents", "/account", "/admin/users", "/admin/audit", "/no-such-page"]) await visit(path);
  await visit(await firstLink("/dashboard", /^\/themes\/[^/?]+/));
  await visit(await firstLink("/rounds", /^\/rounds\/\d+$/));
  await visit(await firstLink("/concerns", /^\/concerns\/\d+$/));
  const document = await firstLink("/documents", /^\/documents\/\d+$/);
  await visit(document);
  // The recording workspace: the most script-heavy page.
  await visit(`${document}/record`);
  await visit("/rounds/new");
  await visit("/concerns/new");
  // A client-side navigation and a server action (logout) under the CSP.
  await page.getByRole("banner").getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress dashboard" })).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(visited.length).toBeGreaterThanOrEqual(15);
  expect(problems).toEqual([]);
});

test("the CSP is enforced: an injected inline handler does not run, and the violation is seen", async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto("/login");
  // What a stored-XSS payload in rendered HTML would do: an inline event handler.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" alt="" onerror="window.__injected = true">'));
  await expect.poll(() => problems.join("\n")).toMatch(/CSP violation: script-src/);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
});
