// readSession, unmocked: the session cookie next-auth issues, decrypted the way
// every page and action now reads it (the other integration tests stand in a
// session for it; see setup.ts).
import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

const SECRET = "read-session-test-secret-0123456789abcdef";
const COOKIE = "authjs.session-token"; // not production: no __Secure- prefix
process.env.AUTH_SECRET = SECRET;

const request: { headers: Headers } = { headers: new Headers() };
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const { readSession } = await vi.importActual<typeof import("@/lib/auth/next-auth")>("@/lib/auth/next-auth");

const claims = { sub: "42", name: "Ana Analyst", email: "ana@example.org", role: "ANALYST", loginAt: 1_700_000_000_000, passwordChangedAt: 1_690_000_000_000, sid: "session-row-id" };

async function cookieFor(token: Record<string, unknown>, { secret = SECRET, maxAge = 3600 } = {}) {
  return `${COOKIE}=${await encode({ token, secret, salt: COOKIE, maxAge })}`;
}

afterEach(() => {
  request.headers = new Headers();
  vi.useRealTimers();
});

describe("readSession", () => {
  it("reads the user and the login's claims from the session cookie", async () => {
    request.headers = new Headers({ cookie: `theme=dark; ${await cookieFor(claims)}` });
    const session = await readSession();
    expect(session?.user).toEqual({ id: "42", name: "Ana Analyst", email: "ana@example.org", role: "ANALYST" });
    expect(session).toMatchObject({ loginAt: claims.loginAt, passwordChangedAt: claims.passwordChangedAt, sessionId: "session-row-id" });
  });

  it("is no session without a cookie, with an expired one, or with one signed by another secret", async () => {
    expect(await readSession()).toBeNull();
    request.headers = new Headers({ cookie: await cookieFor(claims, { maxAge: -60 }) });
    expect(await readSession()).toBeNull();
    request.headers = new Headers({ cookie: await cookieFor(claims, { secret: "another-secret-0123456789abcdefghijkl" }) });
    expect(await readSession()).toBeNull();
    request.headers = new Headers({ cookie: `${COOKIE}=not-a-token` });
    expect(await readSession()).toBeNull();
  });

  it("does not take a token from an Authorization header, as auth() does not", async () => {
    const token = (await cookieFor(claims)).slice(COOKIE.length + 1);
    request.headers = new Headers({ authorization: `Bearer ${token}` });
    expect(await readSession()).toBeNull();
  });

  it("ends a cookie it has read before once the cookie expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    request.headers = new Headers({ cookie: await cookieFor(claims, { maxAge: 60 }) });
    expect(await readSession()).not.toBeNull();
    // Past next-auth's 15 seconds of clock tolerance too.
    vi.setSystemTime(Date.now() + 120_000);
    expect(await readSession()).toBeNull();
  });
});
