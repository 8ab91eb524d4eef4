import { describe, expect, inject, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { uniqueEmail } from "@/test/integration/helpers";
import { runScript } from "@/test/support/run-script";

/** Runs `npm run user:create -- …` as an operator would, with the password piped in. */
const userCreate = (args: string[], stdin: string) =>
  runScript("scripts/user-create.ts", args, { DATABASE_URL: inject("databaseUrl"), MIGRATION_DATABASE_URL: inject("migrationDatabaseUrl") }, stdin);

const newEmail = () => uniqueEmail("cli");

describe("npm run user:create", () => {
  it("creates an admin whose piped password logs in, and records it in the audit log", async () => {
    const email = newEmail();
    const result = await userCreate(["--email", email, "--name", "First Admin", "--role", "admin"], "a-strong-first-password\n");
    expect(result.stderr).not.toMatch(/Cannot create/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Created ADMIN First Admin <${email}>`));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, name: true } });
    expect(user).toMatchObject({ role: "ADMIN", name: "First Admin" });
    expect((await authenticate(email, "a-strong-first-password", "cli-test")).ok).toBe(true);
    const event = await db.auditEvent.findFirst({ where: { entityType: "User", entityId: String(user.id) }, select: { actorId: true, action: true } });
    expect(event).toEqual({ actorId: null, action: "CREATE" });
  });

  it("refuses a duplicate email and leaves the existing account alone", async () => {
    const email = newEmail();
    expect((await userCreate(["--email", email, "--name", "Original", "--role", "VIEWER"], "original-password-1\n")).code).toBe(0);
    const again = await userCreate(["--email", email.toUpperCase(), "--name", "Impostor", "--role", "ADMIN"], "another-password-2\n");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`A user with the email ${email} already exists.`);
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { name: true, role: true } })).toEqual({ name: "Original", role: "VIEWER" });
  });

  it("refuses a bad role, a short password and missing arguments with a plain message", async () => {
    const email = newEmail();
    const badRole = await userCreate(["--email", email, "--name", "X", "--role", "SUPERUSER"], "a-strong-password-3\n");
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('"SUPERUSER" is not a role. Use one of: ADMIN, ANALYST, VIEWER.');

    const shortPassword = await userCreate(["--email", email, "--name", "X", "--role", "VIEWER"], "short\n");
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain("password: A password needs at least 12 characters.");

    const missing = await userCreate(["--email", email], "a-strong-password-3\n");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Missing --name, --role.");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
