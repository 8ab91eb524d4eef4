import type { Session } from "next-auth";
import { describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { logOutEverywhere, changeOwnPassword } from "@/lib/actions/account";
import { endUserSessions, setUserDisabled } from "@/lib/actions/users";
import { authenticate } from "@/lib/auth/authenticate";
import { logout } from "@/lib/auth/logout";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/auth-fixtures";
import { actAs, formData } from "@/test/integration/helpers";
import { sessionState } from "@/test/integration/session-state";

type TestUser = Awaited<ReturnType<typeof createTestUser>>;

/** A real login through authenticate(), as the cookie next-auth would issue for it. */
async function logIn(user: TestUser, password = TEST_PASSWORD): Promise<Session> {
  const result = await authenticate(user.email, password, "203.0.113.40");
  if (!result.ok) throw new Error(result.message);
  return {
    user: { id: String(user.id), name: user.name, email: user.email, role: user.role },
    loginAt: Date.now(),
    passwordChangedAt: result.user.passwordChangedAt.getTime(),
    sessionId: result.sessionId,
    expires: new Date(Date.now() + 8 * 3600_000).toISOString(),
  };
}

/** Who a request carrying this cookie is, read the way every page, action and route reads it. */
async function whoIs(session: Session) {
  sessionState.current = structuredClone(session);
  return (await getCurrentUser())?.id ?? null;
}

/** Runs an action that ends with redirect(); returns the target. */
async function redirectOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}

describe("server-side sessions", () => {
  it("logout ends that session at once, also for a copy of its cookie, and leaves the user's other sessions", async () => {
    const user = await createTestUser("ANALYST");
    const laptop = await logIn(user);
    const phone = await logIn(user);
    expect(await whoIs(laptop)).toBe(user.id);
    sessionState.current = structuredClone(laptop);
    await logout();
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBe(user.id);
  });

  it("'log out everywhere' ends every session of the user, this one included, and is audited", async () => {
    const user = await createTestUser("VIEWER");
    const laptop = await logIn(user);
    const phone = await logIn(user);
    sessionState.current = structuredClone(laptop);
    await logOutEverywhere(initialActionState, formData({ scope: "everywhere" }));
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBeNull();
    const event = await db.auditEvent.findFirst({ where: { entityType: "User", entityId: String(user.id) }, orderBy: { id: "desc" }, select: { after: true } });
    expect(event?.after).toMatchObject({ sessionsEnded: 2 });
    // A new login works as before.
    expect(await whoIs(await logIn(user))).toBe(user.id);
  });

  it("refuses 'log out everywhere' without its form field, ending nothing", async () => {
    const user = await createTestUser("VIEWER");
    const session = await logIn(user);
    sessionState.current = structuredClone(session);
    const result = await logOutEverywhere(initialActionState, formData({}));
    expect(result.ok).toBe(false);
    expect(await whoIs(session)).toBe(user.id);
  });

  it("an admin logs a user out everywhere without changing the account", async () => {
    const user = await createTestUser("ANALYST");
    const session = await logIn(user);
    await actAs("ADMIN");
    const result = await endUserSessions(initialActionState, formData({ id: user.id }));
    expect(result).toMatchObject({ ok: true, message: `${user.name} is logged out everywhere (1 session ended).` });
    expect(await whoIs(session)).toBeNull();
    expect(await whoIs(await logIn(user))).toBe(user.id);
  });

  it("changing one's password ends the other sessions", async () => {
    const user = await createTestUser("VIEWER");
    const laptop = await logIn(user);
    const phone = await logIn(user);
    sessionState.current = structuredClone(laptop);
    const target = await redirectOf(() =>
      changeOwnPassword(initialActionState, formData({ currentPassword: TEST_PASSWORD, newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" })),
    );
    expect(target).toMatch(/^\/account\?password=changed|^\/login/);
    expect(await db.userSession.count({ where: { id: { in: [laptop.sessionId!, phone.sessionId!] } } })).toBe(0);
  });

  it("disabling ends the sessions, and enabling again does not revive the old cookies", async () => {
    const user = await createTestUser("ANALYST");
    const session = await logIn(user);
    await actAs("ADMIN");
    const disabled = await setUserDisabled(initialActionState, formData({ id: user.id, version: user.version, disabled: "true" }));
    expect(disabled.ok).toBe(true);
    expect(await whoIs(session)).toBeNull();
    await actAs("ADMIN");
    const enabled = await setUserDisabled(initialActionState, formData({ id: user.id, version: user.version + 1, disabled: "false" }));
    expect(enabled.ok).toBe(true);
    expect(await whoIs(session)).toBeNull();
  });

  it("refuses a cookie without a session id, or whose session has expired or belongs to someone else", async () => {
    const user = await createTestUser("VIEWER");
    const other = await createTestUser("VIEWER");
    const session = await logIn(user);
    expect(await whoIs({ ...session, sessionId: undefined })).toBeNull();
    expect(await whoIs({ ...session, user: { ...session.user, id: String(other.id) } })).toBeNull();
    await db.userSession.update({ where: { id: session.sessionId! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await whoIs(session)).toBeNull();
  });

  it("a login prunes expired session rows", async () => {
    const user = await createTestUser("VIEWER");
    const stale = await logIn(user);
    await db.userSession.update({ where: { id: stale.sessionId! }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    await logIn(user);
    expect(await db.userSession.count({ where: { id: stale.sessionId! } })).toBe(0);
  });
});
