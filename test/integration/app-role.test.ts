// The app connects as a role that owns nothing (lib/database/app-role.ts), so
// even with the app's own credentials the audit log cannot be wiped or edited.
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createRound } from "@/lib/actions/rounds";
import { initialActionState } from "@/lib/action-state";
import { APPEND_ONLY_TABLES, embeddedAppUrl } from "@/lib/database/app-role";
import { withClient } from "@/lib/database/client";
import { migrate, MIGRATIONS_DIR } from "@/lib/database/migrations";
import { auditEventsFor } from "@/test/integration/fixtures";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { createDatabaseOn } from "@/test/support/test-database";

/** Runs work(client) connected to url, inside a transaction that is always rolled back. */
function inRolledBackTransaction<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(url, async (client) => {
    await client.query("BEGIN");
    try {
      return await work(client);
    } finally {
      await client.query("ROLLBACK").catch(() => {});
    }
  });
}

/** The SQLSTATE of running sql as the app's role, or "ok" when it ran. */
function asApp(sql: string): Promise<string> {
  return inRolledBackTransaction(inject("databaseUrl"), async (client) => {
    try {
      await client.query(sql);
      return "ok";
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  });
}

const INSUFFICIENT_PRIVILEGE = "42501";

describe("the app's database role", () => {
  it("cannot truncate, edit or delete the audit log, nor disable or drop its trigger", async () => {
    const attempts = [
      "TRUNCATE audit_events",
      "UPDATE audit_events SET entity_type = 'Nothing'",
      "DELETE FROM audit_events",
      "ALTER TABLE audit_events DISABLE TRIGGER ALL",
      "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete",
      "DROP TRIGGER audit_events_no_update_or_delete ON audit_events",
      "DROP TABLE audit_events",
      // Replica mode skips ordinary triggers for the session.
      "SET session_replication_role = replica",
    ];
    const outcomes: Record<string, string> = {};
    for (const sql of attempts) outcomes[sql] = await asApp(sql);
    expect(outcomes).toEqual(Object.fromEntries(attempts.map((sql) => [sql, INSUFFICIENT_PRIVILEGE])));
  });

  it("reads the audit log and adds to it", async () => {
    const added = await inRolledBackTransaction(inject("databaseUrl"), async (client) => {
      const { rows } = await client.query<{ id: string }>(
        "INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('CREATE', 'Round', '0') RETURNING id",
      );
      return client.query("SELECT id FROM audit_events WHERE id = $1", [rows[0]!.id]);
    });
    expect(added.rowCount).toBe(1);
  });

  it("cannot truncate any table, nor touch the migrations' records", async () => {
    const tables = await inRolledBackTransaction(inject("migrationDatabaseUrl"), async (client) => {
      const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
      return rows.map((row) => row.name);
    });
    expect(tables.length).toBeGreaterThan(10);
    const truncates: Record<string, string> = {};
    for (const name of tables) truncates[name] = await asApp(`TRUNCATE "${name}" CASCADE`);
    expect(truncates).toEqual(Object.fromEntries(tables.map((name) => [name, INSUFFICIENT_PRIVILEGE])));
    expect(await asApp(`SELECT * FROM "_prisma_migrations"`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it("still makes the app's writes, with their audit events", async () => {
    const analyst = await actAs("ANALYST");
    const title = unique("Round as the app role");
    const state = await createRound(
      initialActionState,
      formData({ kind: "HUMAN_RIGHTS_DIALOGUE", title, startDate: "2032-03-04", place: "Astana", format: "IN_PERSON" }),
    );
    expect(state.ok).toBe(true);
    const id = (state.data as { id: number }).id;
    expect(await auditEventsFor("Round", id)).toEqual([expect.objectContaining({ action: "CREATE", actorId: analyst!.id })]);
  });

  it("may use a table a later migration adds, once migrations ran", async () => {
    const migrationUrl = await createDatabaseOn(inject("serverUrl"), "app_role_later_table");
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "99990101000000_later_table"));
    await writeFile(path.join(dir, "99990101000000_later_table", "migration.sql"), 'CREATE TABLE "later_notes" ("id" SERIAL PRIMARY KEY, "note" TEXT NOT NULL);');
    await migrate(migrationUrl, { dir, appUrl: embeddedAppUrl(migrationUrl) });

    const inserted = await inRolledBackTransaction(embeddedAppUrl(migrationUrl), (client) =>
      client.query("INSERT INTO later_notes (note) VALUES ('added by the app') RETURNING id"),
    );
    expect(inserted.rowCount).toBe(1);
  });

  it("is refused by the migrations when it is a superuser, who could undo every grant", async () => {
    const migrationUrl = await createDatabaseOn(inject("serverUrl"), "app_role_superuser");
    const role = `dialogue_app_super_${process.pid}`;
    const appUrl = new URL(migrationUrl);
    appUrl.username = role;
    appUrl.password = role;
    await withClient(migrationUrl, async (admin) => {
      await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER PASSWORD '${role}'`);
      try {
        await expect(migrate(migrationUrl, { appUrl: appUrl.toString() })).rejects.toThrow(
          `The app's database role "${role}" is a superuser. It must own nothing, or the audit log is not append-only for it.`,
        );
      } finally {
        await admin.query(`DROP ROLE ${role}`);
      }
    });
  });

  it("may only add to the tables whose trigger makes them append-only", async () => {
    const guarded = await inRolledBackTransaction(inject("migrationDatabaseUrl"), async (client) => {
      const { rows } = await client.query<{ name: string }>(
        `SELECT DISTINCT c.relname AS name FROM pg_trigger t
           JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE p.proname = 'audit_events_append_only' ORDER BY 1`,
      );
      return rows.map((row) => row.name);
    });
    expect(guarded).toEqual([...APPEND_ONLY_TABLES].sort());
  });
});
