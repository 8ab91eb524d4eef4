import { describe, expect, it } from "vitest";
import { GET as exportDashboard } from "@/app/api/v1/dashboard/export/route";
import { createApiToken, revokeApiToken, type NewApiTokenData } from "@/lib/actions/api-tokens";
import { initialActionState } from "@/lib/action-state";
import { API_TOKEN_RATE_LIMIT, hashApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { makeCase, personName } from "@/test/integration/case-fixtures";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { freshUser } from "@/test/integration/valid-action-inputs";

/** A token made through the admin's action, as the admin page does. */
async function newToken(role: "VIEWER" | "ANALYST" = "VIEWER") {
  const user = await freshUser(role);
  await actAs("ADMIN");
  const state = await createApiToken(initialActionState, formData({ userId: user.id, name: unique("Sync") }));
  expect(state.ok, state.message).toBe(true);
  const { token } = state.data as NewApiTokenData;
  const row = await db.apiToken.findFirstOrThrow({ where: { userId: user.id }, select: { id: true, tokenHash: true, lastUsedAt: true } });
  await actAs(null);
  return { token, user, row };
}

const request = (authorization: string | null, method = "GET") =>
  exportDashboard(new Request("http://localhost/api/v1/dashboard/export?format=json", { method, headers: authorization === null ? {} : { authorization } }), {
    params: Promise.resolve({}),
  });

describe("API tokens", () => {
  it("is shown once and stored only as its hash; the audit log records it without the token", async () => {
    const { token, row } = await newToken();
    expect(token).toMatch(/^dtk_[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).toBe(hashApiToken(token));
    const events = await db.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: String(row.id) }, select: { before: true, after: true } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(row.tokenHash);
  });

  it("reads the API as its user with no session, and records when it was last used", async () => {
    const { token, row } = await newToken();
    const response = await request(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect((await response.json()).title).toBe("figures of every theme");
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: row.id }, select: { lastUsedAt: true } });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("is read-only: any other method is refused with 403", async () => {
    const { token } = await newToken("ANALYST");
    const response = await request(`Bearer ${token}`, "POST");
    expect(response.status).toBe(403);
    expect((await response.json()).detail).toMatch(/read-only/);
  });

  it("is refused with 401 at once when revoked, unknown, malformed, or its user is disabled, even beside a valid session", async () => {
    const { token, row } = await newToken();
    await actAs("ADMIN");
    expect((await revokeApiToken(initialActionState, formData({ id: row.id }))).ok).toBe(true);
    // The analyst's own session does not rescue a request that sends a token.
    await actAs("ANALYST");
    for (const header of [`Bearer ${token}`, "Bearer dtk_unknown", "Bearer not-a-token", "Basic YWRtaW46eA==", "Bearer"]) {
      const response = await request(header);
      expect(response.status, header).toBe(401);
      expect((await response.json()).code).toBe("UNAUTHENTICATED");
    }
    const other = await newToken();
    await db.user.update({ where: { id: other.user.id }, data: { disabled: true } });
    expect((await request(`Bearer ${other.token}`)).status).toBe(401);
  });

  it(`allows ${API_TOKEN_RATE_LIMIT.requests} requests a minute, then answers 429 with Retry-After until the window passes`, async () => {
    const { token, row } = await newToken();
    expect((await request(`Bearer ${token}`)).status).toBe(200);
    // The count is kept in the database: here as if the other requests had just been made (by any instance).
    await db.apiToken.update({ where: { id: row.id }, data: { windowCount: API_TOKEN_RATE_LIMIT.requests } });
    const limited = await request(`Bearer ${token}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).detail).toMatch(/at most 120 a minute/);
    await db.apiToken.update({ where: { id: row.id }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect((await request(`Bearer ${token}`)).status).toBe(200);
  });

  it("refuses a token for nobody, for a disabled user, or without a name, with messages next to the fields", async () => {
    await actAs("ADMIN");
    const empty = await createApiToken(initialActionState, formData({ userId: "", name: " " }));
    expect(empty.fieldErrors).toMatchObject({ userId: [expect.stringMatching(/Choose whose/)], name: ["Name is required."] });
    const disabled = await freshUser("VIEWER");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const refused = await createApiToken(initialActionState, formData({ userId: disabled.id, name: "Sync" }));
    expect(refused.fieldErrors?.userId?.[0]).toMatch(/disabled/);
    expect(await db.apiToken.count({ where: { userId: disabled.id } })).toBe(0);
  });
});

describe("API tokens and confidential data", () => {
  it("give a viewer's token a sensitive case by its label only, and an analyst's token the name", async () => {
    const { GET: caseRoute } = await import("@/app/api/v1/cases/[id]/route");
    const name = personName();
    const hidden = await makeCase({ personName: name, sensitive: true });
    const read = (token: string) =>
      caseRoute(new Request(`http://localhost/api/v1/cases/${hidden.id}`, { headers: { authorization: `Bearer ${token}` } }), {
        params: Promise.resolve({ id: String(hidden.id) }),
      });
    const viewer = await newToken("VIEWER");
    const asViewer = await read(viewer.token);
    expect(asViewer.status).toBe(200);
    const body = await asViewer.text();
    expect(JSON.parse(body)).toMatchObject({ name: `Case ${hidden.id}`, identityHidden: true });
    expect(body).not.toContain(name);
    const analyst = await newToken("ANALYST");
    expect(await (await read(analyst.token)).json()).toMatchObject({ name, identityHidden: false });
  });
});
