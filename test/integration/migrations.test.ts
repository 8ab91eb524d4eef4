import { mkdtemp, readFile, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { checksumOf, migrate, MIGRATIONS_DIR, readLocalMigrations } from "@/lib/database/migrations";
import { createDatabaseOn } from "@/test/support/test-database";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("npm run db:migrate", () => {
  it("applies every migration once and records it as Prisma Migrate does", async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "migrations_record");
    const local = await readLocalMigrations();
    expect(await migrate(url)).toEqual(local.map((m) => m.name));
    expect(await migrate(url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null; id: string }>(
      url,
      `SELECT id, migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(local[index]?.checksum).toBe(row.checksum);
    }
    const columns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "id",
      "checksum",
      "finished_at",
      "migration_name",
      "logs",
      "rolled_back_at",
      "started_at",
      "applied_steps_count",
    ]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "migrations_edited");
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, { dir });
    const [first] = await readLocalMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration and applies nothing of it", async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "migrations_failing");
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99990101000000_broken");
    await cp(path.join(dir, (await readLocalMigrations(dir))[0]!.name), broken, { recursive: true });
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`);
    await expect(migrate(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
    const tables = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
    expect(recorded).toHaveLength(0);
  });
});
