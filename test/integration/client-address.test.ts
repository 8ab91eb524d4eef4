import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { MAX_FAILURES_PER_IP } from "@/lib/auth/rate-limit";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";
import { db } from "@/lib/db";
import { createAppServer } from "@/scripts/lib/app-server";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/auth-fixtures";
import { uniqueEmail } from "@/test/integration/helpers";

// The production server (scripts/serve.ts) in front of the real login check,
// over a real socket: what reaches authenticate() is what the limits count.
type Seen = { ip: string; ok: boolean; message: string | null; host: string | null };

let server: Server | undefined;
const usedEmails: string[] = [];

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = undefined;
  // Leave no failures on the loopback address for other test files.
  await db.loginAttempt.deleteMany({ where: { email: { in: usedEmails.splice(0) } } });
});

async function body(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text;
}

async function startLoginServer(trustedProxies?: string): Promise<string> {
  server = createAppServer(async (request, response) => {
    const { email, password } = JSON.parse(await body(request)) as { email: string; password: string };
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
    const ip = clientIp(headers);
    const result = await authenticate(email, password, ip);
    const seen: Seen = { ip, ok: result.ok, message: result.ok ? null : result.message, host: headers.get("x-forwarded-host") };
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(seen));
  }, parseTrustedProxies(trustedProxies));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function logIn(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Seen> {
  usedEmails.push(email);
  const response = await fetch(base, { method: "POST", headers, body: JSON.stringify({ email, password }) });
  return (await response.json()) as Seen;
}

describe("the client address the login limits count", () => {
  it("is the socket's when no proxy is trusted: a client-sent X-Forwarded-For neither dodges nor shifts the per-IP limit", async () => {
    const base = await startLoginServer();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      const seen = await logIn(base, uniqueEmail("spoof"), "wrong-password-123", { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": "6.6.6.6" });
      expect(seen.ip).toBe("127.0.0.1");
    }
    const user = await createTestUser("VIEWER");
    const refused = await logIn(base, user.email, TEST_PASSWORD, { "x-forwarded-for": "203.0.113.250" });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Too many failed attempts/);
    // And nobody else's address was charged for them.
    expect(await db.loginAttempt.count({ where: { ip: { startsWith: "198.51.100." }, email: { in: usedEmails } } })).toBe(0);
  });

  it("drops client-sent forwarding headers such as X-Forwarded-Host from an untrusted peer", async () => {
    const base = await startLoginServer();
    const seen = await logIn(base, uniqueEmail("host"), "wrong-password-123", { "x-forwarded-host": "evil.example" });
    expect(seen.host).toBeNull();
  });

  it("is the address a trusted proxy saw when TRUSTED_PROXIES lists the peer", async () => {
    const base = await startLoginServer("127.0.0.1/32");
    const seen = await logIn(base, uniqueEmail("proxied"), "wrong-password-123", { "x-forwarded-for": "6.6.6.6, 198.51.100.77" });
    expect(seen.ip).toBe("198.51.100.77");
    const [attempt] = await db.loginAttempt.findMany({ where: { email: usedEmails.at(-1) }, select: { ip: true } });
    expect(attempt?.ip).toBe("198.51.100.77");
  });
});
