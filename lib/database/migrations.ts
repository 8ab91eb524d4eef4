// Applies prisma/migrations/*/migration.sql in order and records them in
// _prisma_migrations exactly as Prisma Migrate does (same table, sha256 checksum),
// so `prisma migrate deploy` / `status` agree wherever Prisma's engine is available.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { grantAppRole } from "./app-role";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// The advisory lock key Prisma Migrate uses, so our runner and Prisma's exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type LocalMigration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readLocalMigrations(dir = MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/**
 * Applies every pending migration, each in its own transaction, connected as
 * the tables' owner. Refuses to run when an applied migration was edited
 * afterwards or a previous one failed. Then, when the app connects as another
 * role (appUrl), grants that role its rights again (lib/database/app-role.ts),
 * so tables added since follow. Returns the names it applied.
 */
export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void; appUrl?: string } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const local = await readLocalMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} started but did not finish. Fix the database by hand, then mark it rolled back or applied.`,
        );
      }
      applied.set(row.migration_name, row);
    }
    for (const migration of local) {
      const row = applied.get(migration.name);
      if (row && row.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied to this database. ` +
            `Restore its original migration.sql and put the change in a new migration.`,
        );
      }
    }
    const appliedNow: string[] = [];
    for (const migration of local) {
      if (applied.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
      }
      log(`Applied migration ${migration.name}`);
      appliedNow.push(migration.name);
    }
    if (options.appUrl) await grantAppRoleOf(client, options.appUrl);
    return appliedNow;
  } finally {
    await client.end();
  }
}

// Asks the server who each URL logs in as: the app's URL may name no user (PGUSER, peer authentication).
async function currentUser(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>("SELECT current_user AS name");
  return rows[0]!.name;
}

async function grantAppRoleOf(client: pg.Client, appUrl: string) {
  const app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  const appUser = await currentUser(app).finally(() => app.end());
  // One role for both: nothing to grant, and only the trigger guards the audit log.
  if (appUser === (await currentUser(client))) return;
  try {
    await grantAppRole(client, appUser);
  } catch (error) {
    throw new MigrationError(error instanceof Error ? error.message : String(error));
  }
}
