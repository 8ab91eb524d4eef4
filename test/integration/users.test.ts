import { beforeEach, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/actions/account";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled, type OneTimePasswordData } from "@/lib/actions/users";
import { initialActionState } from "@/lib/action-state";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/auth-fixtures";
import { actAs, formData, unique, uniqueEmail } from "@/test/integration/helpers";

const ip = () => `users-test-${unique("ip")}`;

async function auditFor(entityId: number) {
  return db.auditEvent.findMany({ where: { entityType: "User", entityId: String(entityId) }, orderBy: { id: "asc" }, select: { actorId: true, action: true, before: true, after: true } });
}

beforeEach(() => actAs("ADMIN"));

describe("createUser", () => {
  it("creates the account with its role and shows a one-time password once that logs in", async () => {
    const admin = await actAs("ADMIN");
    const email = uniqueEmail("new");
    const result = await createUser(initialActionState, formData({ name: "  Nadia New ", email: email.toUpperCase(), role: "ANALYST" }));
    expect(result).toMatchObject({ ok: true, message: "Account created for Nadia New (Analyst)." });
    const { password } = result.data as OneTimePasswordData;
    expect(password.length).toBeGreaterThanOrEqual(16);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, role: true, passwordHash: true } });
    expect(user).toMatchObject({ name: "Nadia New", role: "ANALYST" });
    expect(user.passwordHash).not.toContain(password);
    expect((await authenticate(email, password, ip())).ok).toBe(true);
    const [event] = await auditFor(user.id);
    expect(event).toMatchObject({ actorId: admin!.id, action: "CREATE", after: { email, role: "ANALYST" } });
    expect(JSON.stringify(event)).not.toContain(password);
  });

  it("refuses a duplicate email next to the field and keeps what was typed", async () => {
    const existing = await createTestUser("VIEWER");
    const result = await createUser(initialActionState, formData({ name: "Someone", email: existing.email, role: "VIEWER" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.email).toEqual([`There is already an account for ${existing.email}.`]);
    expect(result.values).toMatchObject({ name: "Someone", email: existing.email });
  });

  it("explains a missing name, a bad email and an unknown role", async () => {
    const result = await createUser(initialActionState, formData({ name: " ", email: "not-an-email", role: "SUPERUSER" }));
    expect(result.fieldErrors).toMatchObject({
      name: ["Enter the person's name."],
      email: ["Enter a valid email address, like name@example.org."],
      role: ["Choose a role: Admin, Analyst or Viewer."],
    });
  });
});

describe("changing a role", () => {
  it("takes effect on the user's very next request", async () => {
    const user = await createTestUser("VIEWER");
    await actAs(user.email);
    expect((await getCurrentUser())?.role).toBe("VIEWER");
    const refused = await createUser(initialActionState, formData({ name: "X", email: "x@test.example.org", role: "VIEWER" }));
    expect(refused.message).toBe("You do not have permission to do this.");

    await actAs("ADMIN");
    expect(await changeUserRole(initialActionState, formData({ id: user.id, version: user.version, role: "ADMIN" }))).toMatchObject({
      ok: true,
      message: `${user.name} is now an Admin.`,
    });
    // Same session token as before: only the user row changed.
    await actAs(user.email);
    expect((await getCurrentUser())?.role).toBe("ADMIN");
    const audit = await auditFor(user.id);
    expect(audit.at(-1)).toMatchObject({ action: "UPDATE", before: { role: "VIEWER" }, after: { role: "ADMIN" } });
  });

  it("refuses a change based on an outdated page", async () => {
    const user = await createTestUser("VIEWER");
    await changeUserRole(initialActionState, formData({ id: user.id, version: user.version, role: "ANALYST" }));
    const stale = await changeUserRole(initialActionState, formData({ id: user.id, version: user.version, role: "ADMIN" }));
    expect(stale).toMatchObject({ ok: false, message: `${user.name}'s account was changed by someone else meanwhile. Reload the page and try again.` });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ANALYST");
  });
});

describe("disabling an account", () => {
  it("logs the user out on their next request, and enabling lets them back in", async () => {
    const user = await createTestUser("ANALYST");
    await actAs(user.email);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    const session = structuredClone((await import("@/test/integration/session-state")).sessionState.current);

    await actAs("ADMIN");
    expect(await setUserDisabled(initialActionState, formData({ id: user.id, version: user.version, disabled: "true" }))).toMatchObject({ ok: true });
    const { sessionState } = await import("@/test/integration/session-state");
    sessionState.current = session;
    expect(await getCurrentUser()).toBeNull();
    expect((await authenticate(user.email, TEST_PASSWORD, ip())).ok).toBe(false);

    await actAs("ADMIN");
    expect(await setUserDisabled(initialActionState, formData({ id: user.id, version: user.version + 1, disabled: "false" }))).toMatchObject({
      ok: true,
      message: `${user.name}'s account is enabled again.`,
    });
    expect((await authenticate(user.email, TEST_PASSWORD, ip())).ok).toBe(true);
    expect((await auditFor(user.id)).map((e) => (e.after as { disabled: boolean }).disabled)).toEqual([true, false]);
  });

  it("does not let admins disable themselves", async () => {
    const admin = await createTestUser("ADMIN");
    await actAs(admin.email);
    const result = await setUserDisabled(initialActionState, formData({ id: admin.id, version: admin.version, disabled: "true" }));
    expect(result).toMatchObject({ ok: false, message: "You cannot disable your own account. Ask another admin to do it." });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });
});

describe("the last active admin", () => {
  // Leaves exactly the given admins active, then puts every other admin back.
  async function withOnlyAdmins(keep: number[], run: () => Promise<void>) {
    const others = await db.user.findMany({ where: { role: "ADMIN", disabled: false, id: { notIn: keep } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: true } });
    try {
      await run();
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: false } });
    }
  }

  it("cannot be demoted, and nothing is written", async () => {
    const admin = await createTestUser("ADMIN");
    await withOnlyAdmins([admin.id], async () => {
      await actAs(admin.email);
      const result = await changeUserRole(initialActionState, formData({ id: admin.id, version: admin.version, role: "ANALYST" }));
      expect(result).toMatchObject({ ok: false, message: `${admin.name} is the last active admin and must stay an admin. Make someone else an admin first.` });
      expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
      expect(await auditFor(admin.id)).toEqual([]);
    });
  });

  it("survives two admins demoting each other at the same moment", async () => {
    const [first, second] = [await createTestUser("ADMIN"), await createTestUser("ADMIN")];
    await withOnlyAdmins([first.id, second.id], async () => {
      const { sessionState } = await import("@/test/integration/session-state");
      await actAs(first.email);
      const asFirst = sessionState.current;
      await actAs(second.email);
      const asSecond = sessionState.current;
      // Each call reads the session synchronously when it starts.
      sessionState.current = asFirst;
      const demoteSecond = changeUserRole(initialActionState, formData({ id: second.id, version: second.version, role: "VIEWER" }));
      sessionState.current = asSecond;
      const demoteFirst = changeUserRole(initialActionState, formData({ id: first.id, version: first.version, role: "VIEWER" }));
      const results = await Promise.all([demoteSecond, demoteFirst]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The other is refused either by the last-admin rule or, when the demotion committed
      // before its own user was read, as no longer an admin: both leave one admin.
      expect(results.find((r) => !r.ok)?.message).toMatch(/is the last active admin and must stay an admin|You do not have permission/);
      expect(await db.user.count({ where: { id: { in: [first.id, second.id] }, role: "ADMIN" } })).toBe(1);
    });
  });

  it("can be demoted once another admin is active", async () => {
    const [first, second] = [await createTestUser("ADMIN"), await createTestUser("ADMIN")];
    await withOnlyAdmins([first.id, second.id], async () => {
      await actAs(first.email);
      expect(await changeUserRole(initialActionState, formData({ id: first.id, version: first.version, role: "ANALYST" }))).toMatchObject({ ok: true });
    });
  });
});

describe("resetting a password", () => {
  it("shows a new one-time password, ends the user's sessions and refuses the old password", async () => {
    const user = await createTestUser("VIEWER");
    await actAs(user.email);
    const { sessionState } = await import("@/test/integration/session-state");
    const oldSession = sessionState.current;
    await actAs("ADMIN");
    const result = await resetUserPassword(initialActionState, formData({ id: user.id, version: user.version }));
    expect(result.ok).toBe(true);
    const { password } = result.data as OneTimePasswordData;
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await authenticate(user.email, TEST_PASSWORD, ip())).ok).toBe(false);
    expect((await authenticate(user.email, password, ip())).ok).toBe(true);
    sessionState.current = oldSession;
    expect(await getCurrentUser()).toBeNull();
    const audit = await auditFor(user.id);
    expect(audit.at(-1)).toMatchObject({ action: "UPDATE", after: { passwordReset: true } });
    expect(JSON.stringify(audit)).not.toContain(password);
  });
});

describe("changing your own password", () => {
  it("needs the current password and follows the password rules, with a message next to each field", async () => {
    const user = await createTestUser("VIEWER");
    await actAs(user.email);
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [{ currentPassword: "", newPassword: "", confirmPassword: "" }, { currentPassword: ["Enter your current password."], newPassword: ["A password needs at least 12 characters."], confirmPassword: ["Type the new password again."] }],
      [{ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }, { newPassword: ["A password needs at least 12 characters."] }],
      [{ currentPassword: TEST_PASSWORD, newPassword: "x".repeat(257), confirmPassword: "x".repeat(257) }, { newPassword: ["A password has at most 256 characters."] }],
      [{ currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-passwort" }, { confirmPassword: ["The two new passwords do not match."] }],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, { newPassword: ["Choose a password different from your current one."] }],
      [{ currentPassword: "not-my-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }, { currentPassword: ["This is not your current password."] }],
    ];
    for (const [input, fieldErrors] of cases) {
      const result = await changeOwnPassword(initialActionState, formData(input));
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(result.fieldErrors).toEqual(fieldErrors);
      expect(result.values ?? {}).toEqual({});
    }
    expect((await authenticate(user.email, TEST_PASSWORD, ip())).ok).toBe(true);
  });

  it("changes the password, ends older sessions, and writes an audit event", async () => {
    const user = await createTestUser("ANALYST");
    await actAs(user.email);
    // Success ends in a redirect to the account page (Next's redirect() throws).
    await expect(
      changeOwnPassword(
        initialActionState,
        formData({ currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/account\?password=changed;/) });
    // The session that made the change is replaced by a fresh login (next-auth's signIn, stubbed here); older ones end.
    expect(await getCurrentUser()).toBeNull();
    expect((await authenticate(user.email, TEST_PASSWORD, ip())).ok).toBe(false);
    expect((await authenticate(user.email, "a-brand-new-password", ip())).ok).toBe(true);
    expect((await auditFor(user.id)).at(-1)).toMatchObject({ actorId: user.id, action: "UPDATE", after: { passwordChanged: true } });
  });
});

describe("a one-time password", () => {
  it("must be replaced before anything else: actions and the API refuse, changing the password lifts it", async () => {
    const result = await createUser(initialActionState, formData({ name: "Otto Onetime", email: uniqueEmail("otto"), role: "ADMIN" }));
    const { email, password } = result.data as OneTimePasswordData;
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, version: true, mustChangePassword: true } });
    expect(user.mustChangePassword).toBe(true);

    await actAs(email);
    expect(await getCurrentUser()).toMatchObject({ mustChangePassword: true });
    // Even an admin's action is refused, and nothing is written.
    const refused = await setUserDisabled(initialActionState, formData({ id: user.id, version: user.version, disabled: "false" }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Choose your own password on your account page first/) });
    const { GET } = await import("@/app/api/v1/dashboard/export/route");
    const api = await GET(new Request("http://localhost/api/v1/dashboard/export"), { params: Promise.resolve({}) });
    expect(api.status).toBe(403);
    expect((await api.json()).code).toBe("PASSWORD_CHANGE_REQUIRED");

    await expect(changeOwnPassword(initialActionState, formData({ currentPassword: password, newPassword: "otto-chose-this-one", confirmPassword: "otto-chose-this-one" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/NEXT_REDIRECT/),
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
  });

  it("is set again by a password reset", async () => {
    const user = await createTestUser("VIEWER");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    await resetUserPassword(initialActionState, formData({ id: user.id, version: user.version }));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });
});
