import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { BACKUP_VERSION, checkBackup, exportDatabase, importDatabase, NO_PASSWORD, type Backup } from "@/lib/database/backup";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/seed";
import { runScript } from "@/test/support/run-script";
import { createDatabaseOn } from "@/test/support/test-database";

/**
 * Every row of every table as PostgreSQL prints it, generated columns included,
 * so a value that changed type, precision or order shows up. Password hashes
 * are left out: a backup deliberately holds none.
 */
async function contents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'user_sessions', 'login_attempts') ORDER BY 1`,
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT (to_jsonb(t) - 'password_hash')::text AS row FROM "${name}" t ORDER BY 1`);
      result[name] = rows.map((r) => r.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The commands as an operator runs them, on one database as one role. */
const run = (script: string, args: string[], databaseUrl: string, stdin = "") =>
  runScript(script, args, { DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl }, stdin);

describe("whole-record backup", () => {
  let sourceUrl: string;
  let backup: Backup;
  let folder: string;

  beforeAll(async () => {
    sourceUrl = await createDatabaseOn(inject("serverUrl"), "backup_source");
    await migrate(sourceUrl);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: sourceUrl }) });
    try {
      await seed(db);
      // A merged concern points at another row of its own table: the import must link it after both exist.
      const [kept, duplicate] = await db.concern.findMany({ take: 2, orderBy: { id: "desc" }, select: { id: true } });
      await db.concern.update({ where: { id: duplicate!.id }, data: { mergedIntoId: kept!.id } });
      await db.auditEvent.create({ data: { action: "UPDATE", entityType: "Concern", entityId: String(duplicate!.id), after: { mergedIntoId: kept!.id, note: "Кириллица ✓" } } });
    } finally {
      await db.$disconnect();
    }
    backup = await exportDatabase(sourceUrl);
    folder = await mkdtemp(path.join(tmpdir(), "dialogue-tracker-backup-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("round-trips the seeded database into an empty one: every row of every table identical, ids continuing", async () => {
    const targetUrl = await createDatabaseOn(inject("serverUrl"), "backup_target");
    await migrate(targetUrl);
    const counts = await importDatabase(targetUrl, await checkBackup(JSON.parse(JSON.stringify(backup))));
    expect(counts.status_evidence).toBeGreaterThan(0);
    expect(counts.audit_events).toBeGreaterThan(0);
    expect(await contents(targetUrl)).toEqual(await contents(sourceUrl));

    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: targetUrl }) });
    try {
      const highest = await db.round.aggregate({ _max: { id: true } });
      const round = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: "After the import", startDate: new Date("2031-01-01") } });
      expect(round.id).toBeGreaterThan(highest._max.id!);
      // No password left the source, and none verifies: each user needs one set (npm run user:password).
      const users = await db.user.findMany({ select: { passwordHash: true } });
      expect(users.every((u) => u.passwordHash === NO_PASSWORD)).toBe(true);
      expect(await verifyPassword(NO_PASSWORD, "admin-demo-password")).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });

  it("holds no password hash", () => {
    expect(JSON.stringify(backup)).not.toMatch(/\$argon2/);
    expect(backup.tables.users!.length).toBeGreaterThan(0);
  });

  it("refuses a database that already has records, and changes nothing in it", async () => {
    const before = await contents(sourceUrl);
    await expect(importDatabase(sourceUrl, backup)).rejects.toThrow(/The database is not empty \(.*users.*\)/);
    expect(await contents(sourceUrl)).toEqual(before);
  });

  it("refuses a file that is no backup, of another format version, or of another schema", async () => {
    await expect(checkBackup({ hello: "world" })).rejects.toThrow("This file is not a Dialogue Tracker backup");
    await expect(checkBackup({ ...backup, version: BACKUP_VERSION + 1 })).rejects.toThrow(`reads version ${BACKUP_VERSION} only`);
    await expect(checkBackup({ ...backup, migrations: [...backup.migrations, "29990101000000_from_the_future"] })).rejects.toThrow(
      /another version of Dialogue Tracker.*29990101000000_from_the_future/,
    );
  });

  it("works from the command line: data:export writes the file, data:import loads it into an empty database and says who needs a password", async () => {
    const file = path.join(folder, "backup.json");
    const exported = await run("scripts/data-export.ts", ["--out", file], sourceUrl);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Wrote .*backup\.json: \d+ rows from \d+ tables \(format version 1\)/);
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ format: "dialogue-tracker-backup", version: 1 });

    const again = await run("scripts/data-export.ts", ["--out", file], sourceUrl);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining("already exists") });

    const targetUrl = await createDatabaseOn(inject("serverUrl"), "backup_cli_target");
    const imported = await run("scripts/data-import.ts", [file], targetUrl);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported \d+ rows/);
    expect(imported.stdout).toMatch(/3 users have no password yet/);
    expect(await contents(targetUrl)).toEqual(await contents(sourceUrl));

    const password = await run("scripts/user-password.ts", ["--email", "ADMIN@example.org"], targetUrl, "a-new-admin-password\n");
    expect(password).toMatchObject({ code: 0, stdout: expect.stringContaining("Password set for") });
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    const { rows } = await client.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE email = 'admin@example.org'`);
    await client.end();
    expect(await verifyPassword(rows[0]!.password_hash, "a-new-admin-password")).toBe(true);
    expect(await run("scripts/user-password.ts", ["--email", "nobody@example.org"], targetUrl, "a-new-admin-password\n")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("There is no user with the email nobody@example.org"),
    });

    const refused = await run("scripts/data-import.ts", [file], targetUrl);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("The database is not empty") });

    const notJson = path.join(folder, "not.json");
    await writeFile(notJson, "this is not json");
    expect(await run("scripts/data-import.ts", [notJson], targetUrl)).toMatchObject({ code: 1, stderr: expect.stringContaining("it is not JSON") });
  }, 120_000);
});
