// The whole record as one versioned JSON file, and back: `npm run data:export`
// and `npm run data:import`. Generic over the schema (every table of the public
// schema but the ones below), so a new table is backed up with no edit here.
// PostgreSQL itself turns rows into JSON (row_to_json) and back
// (json_populate_recordset), so every value round-trips in its own type,
// timestamps to the microsecond.
import pg from "pg";
import { withClient } from "@/lib/database/client";
import { readLocalMigrations } from "@/lib/database/migrations";

export const BACKUP_FORMAT = "dialogue-tracker-backup";
export const BACKUP_VERSION = 1;

/**
 * Not backed up: the migration log (the importing app writes its own), logins
 * in progress and failed-login counts (a restored session would be a security
 * hole, and both are short-lived by design), and the status summaries (derived:
 * the database's triggers rebuild them as the statuses are imported).
 */
const SKIPPED_TABLES = new Set(["_prisma_migrations", "user_sessions", "login_attempts", "concern_status_summaries"]);

/** Written over every password hash: no password survives a backup, and none verifies. */
export const NO_PASSWORD = "!no-password: set one with npm run user:password";

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The migrations the exporting database had: an importing app must have the same. */
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
};

export class BackupError extends Error {}

type Table = { name: string; columns: string[]; primaryKey: string[]; selfReferences: string[]; references: string[] };

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function readTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; primary_key: string[] | null }>(`
    SELECT c.relname AS name,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM pg_constraint p
              CROSS JOIN LATERAL unnest(p.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE p.conrelid = c.oid AND p.contype = 'p') AS primary_key
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r'
     ORDER BY c.relname`);
  const { rows: keys } = await client.query<{ source: string; target: string; columns: string[] }>(`
    SELECT src.relname AS source, dst.relname AS target,
           (SELECT array_agg(a.attname::text) FROM pg_attribute a WHERE a.attrelid = src.oid AND a.attnum = ANY (f.conkey)) AS columns
      FROM pg_constraint f
      JOIN pg_class src ON src.oid = f.conrelid
      JOIN pg_class dst ON dst.oid = f.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE f.contype = 'f' AND n.nspname = 'public'`);
  return rows
    .filter((row) => !SKIPPED_TABLES.has(row.name))
    .map((row) => ({
      name: row.name,
      columns: row.columns,
      primaryKey: row.primary_key ?? row.columns,
      selfReferences: keys.filter((k) => k.source === row.name && k.target === row.name).flatMap((k) => k.columns),
      references: keys.filter((k) => k.source === row.name && k.target !== row.name && !SKIPPED_TABLES.has(k.target)).map((k) => k.target),
    }));
}

/** Tables ordered so each comes after the ones its foreign keys point to. */
function inDependencyOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const visit = (table: Table, path: string[]) => {
    if (placed.has(table.name)) return;
    if (path.includes(table.name)) throw new BackupError(`Foreign keys form a cycle: ${[...path, table.name].join(" → ")}.`);
    for (const target of table.references) visit(byName.get(target)!, [...path, table.name]);
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/** Everything, read in one snapshot so the file is consistent even while the app writes. */
export async function exportDatabase(url: string): Promise<Backup> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const tables: Backup["tables"] = {};
      for (const table of await readTables(client)) {
        const order = table.primaryKey.map(quoteIdent).join(", ");
        const columns = table.columns.map((c) => `t.${quoteIdent(c)}`).join(", ");
        const { rows } = await client.query<{ rows: Record<string, unknown>[] }>(
          `SELECT coalesce(json_agg(row_to_json(x)), '[]'::json) AS rows FROM (SELECT ${columns} FROM ${quoteIdent(table.name)} t ORDER BY ${order}) x`,
        );
        tables[table.name] = rows[0]!.rows;
      }
      for (const user of tables.users ?? []) user.password_hash = NO_PASSWORD;
      return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), migrations: await appliedMigrations(client), tables };
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

/** Refuses a file that is not a backup of this version, or one written with other migrations than this app's. */
export async function checkBackup(data: unknown): Promise<Backup> {
  const backup = data as Partial<Backup> | null;
  if (!backup || typeof backup !== "object" || backup.format !== BACKUP_FORMAT) {
    throw new BackupError("This file is not a Dialogue Tracker backup (written by npm run data:export).");
  }
  if (backup.version !== BACKUP_VERSION) {
    throw new BackupError(`This backup is of format version ${String(backup.version)}; this version of Dialogue Tracker reads version ${BACKUP_VERSION} only.`);
  }
  if (!Array.isArray(backup.migrations) || !backup.tables || typeof backup.tables !== "object") {
    throw new BackupError("This backup is incomplete: it lacks its migrations or its tables.");
  }
  const ours = (await readLocalMigrations()).map((m) => m.name);
  const missing = backup.migrations.filter((name) => !ours.includes(name));
  const extra = ours.filter((name) => !backup.migrations!.includes(name));
  if (missing.length || extra.length) {
    throw new BackupError(
      "This backup was written by another version of Dialogue Tracker, whose database schema differs from this one's" +
        (missing.length ? ` (it has migrations this version lacks: ${missing.join(", ")})` : "") +
        (extra.length ? ` (it lacks migrations this version has: ${extra.join(", ")})` : "") +
        ". Import it with the version that wrote it, then upgrade.",
    );
  }
  return backup as Backup;
}

/**
 * Loads a backup into a migrated database that holds no records, in one
 * transaction: all of it or nothing. Returns the number of rows per table.
 */
export async function importDatabase(url: string, backup: Backup): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = inDependencyOrder(await readTables(client));
    const unknown = Object.keys(backup.tables).filter((name) => !tables.some((t) => t.name === name));
    if (unknown.length) throw new BackupError(`This backup has tables this database lacks: ${unknown.join(", ")}.`);
    await client.query("BEGIN");
    try {
      const nonEmpty: string[] = [];
      for (const table of tables) {
        const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
        if (rows.length) nonEmpty.push(table.name);
      }
      if (nonEmpty.length) {
        throw new BackupError(`The database is not empty (${nonEmpty.join(", ")} have rows). Import into an empty database, so nothing is overwritten or mixed.`);
      }
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const rows = backup.tables[table.name] ?? [];
        counts[table.name] = rows.length;
        if (!rows.length) continue;
        const name = quoteIdent(table.name);
        // A row pointing at another row of its own table (a merged concern) is linked once all are in.
        const columns = table.columns.map((c) => (table.selfReferences.includes(c) ? `NULL AS ${quoteIdent(c)}` : `r.${quoteIdent(c)}`)).join(", ");
        await client.query(`INSERT INTO ${name} (${table.columns.map(quoteIdent).join(", ")}) SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1) r`, [
          JSON.stringify(rows),
        ]);
        if (table.selfReferences.length) {
          const keys = table.primaryKey.map((k) => `t.${quoteIdent(k)} = r.${quoteIdent(k)}`).join(" AND ");
          const sets = table.selfReferences.map((c) => `${quoteIdent(c)} = r.${quoteIdent(c)}`).join(", ");
          await client.query(`UPDATE ${name} t SET ${sets} FROM json_populate_recordset(NULL::${name}, $1) r WHERE ${keys}`, [JSON.stringify(rows)]);
        }
        // Ids keep counting from the highest imported one.
        for (const column of table.columns) {
          const { rows: sequence } = await client.query<{ name: string | null }>(`SELECT pg_get_serial_sequence($1, $2) AS name`, [name, column]);
          if (sequence[0]?.name) await client.query(`SELECT setval($1, (SELECT max(${quoteIdent(column)}) FROM ${name}))`, [sequence[0].name]);
        }
      }
      await client.query("COMMIT");
      return counts;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
