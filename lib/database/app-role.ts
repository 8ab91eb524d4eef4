// The app connects as a role that owns nothing, so a bug or an attacker in the
// app cannot TRUNCATE the audit log, disable or drop its trigger, or edit and
// delete its rows: those need ownership or rights the role does not have.
// Migrations run as the tables' owner, who grants the app role its rights at
// the end of every migrate run, so tables a later migration adds follow.
import pg from "pg";

/** Tables the app may only read and add to (the init migration's trigger also refuses edits to their rows). */
export const APPEND_ONLY_TABLES = ["audit_events"] as const;

// The migrations' own bookkeeping: none of the app's business.
const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

/**
 * The app's role on the embedded server. Like the owner's, its password only
 * satisfies password authentication: the server listens on 127.0.0.1 alone.
 */
export const EMBEDDED_APP_ROLE = { user: "dialogue_app", password: "dialogue_app" } as const;

/**
 * Where the app connects (DATABASE_URL) and where migrations and the demo data
 * run as the tables' owner (MIGRATION_DATABASE_URL). The same URL twice when
 * only one role is given.
 */
export type DatabaseUrls = { url: string; migrationUrl: string };

/**
 * The URLs the environment gives: DATABASE_URL is the app's, MIGRATION_DATABASE_URL
 * the tables' owner's, for migrations and the demo data. Without the latter both
 * are DATABASE_URL's role, and only the trigger keeps the audit log append-only.
 */
export function configuredDatabaseUrls(): DatabaseUrls | null {
  const url = process.env.DATABASE_URL;
  const migrationUrl = process.env.MIGRATION_DATABASE_URL;
  if (!url) {
    if (migrationUrl) throw new Error("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both, or neither.");
    return null;
  }
  return { url, migrationUrl: migrationUrl ?? url };
}

/** The same database as ownerUrl, logged in as the embedded app role. */
export function embeddedAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = EMBEDDED_APP_ROLE.user;
  url.password = EMBEDDED_APP_ROLE.password;
  return url.toString();
}

/** Creates the embedded app role on the server, unless it exists; roles are server-wide. */
export async function ensureEmbeddedAppRole(client: pg.Client): Promise<void> {
  const { user, password } = EMBEDDED_APP_ROLE;
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [user]);
  if (rowCount) return;
  try {
    await client.query(
      `CREATE ROLE ${pg.escapeIdentifier(user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${pg.escapeLiteral(password)}`,
    );
  } catch (error) {
    // Another process on the same server created it first.
    const code = (error as { code?: string }).code;
    if (code !== "42710" && code !== "23505") throw error;
  }
}

/**
 * The app role's rights, all of them: read and write every table, except the
 * append-only ones (read and add only) and the owner's own; use the sequences
 * behind their ids. Revoking first makes the result exact whatever was granted
 * before. No TRUNCATE, TRIGGER or REFERENCES anywhere, and the role owns
 * nothing, so ALTER TABLE and DROP TRIGGER are the owner's alone.
 */
export function appRoleGrants(role: string): string[] {
  const to = pg.escapeIdentifier(role);
  const table = (name: string) => pg.escapeIdentifier(name);
  return [
    `GRANT USAGE ON SCHEMA public TO ${to}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${to}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${to}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${to}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${to}`,
    ...APPEND_ONLY_TABLES.map((name) => `REVOKE UPDATE, DELETE ON ${table(name)} FROM ${to}`),
    ...OWNER_ONLY_TABLES.map((name) => `REVOKE ALL ON ${table(name)} FROM ${to}`),
  ];
}

/**
 * Grants the app role its rights, connected as the owner. Refuses a role that
 * could undo them: a superuser, a member of the owner's role, or the owner of a
 * table.
 */
export async function grantAppRole(client: pg.Client, role: string): Promise<void> {
  const { rows } = await client.query<{ superuser: boolean; member: boolean; owns: number }>(
    `SELECT r.rolsuper AS superuser,
            pg_has_role(r.oid, current_user, 'USAGE') AS member,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
    [role],
  );
  const [found] = rows;
  const problem = !found
    ? "does not exist; create it first (see the README, Production)"
    : found.superuser
      ? "is a superuser"
      : found.member
        ? "is a member of the migrations' role and has all its rights"
        : found.owns
          ? "owns tables in the schema public"
          : null;
  if (problem) {
    throw new Error(
      `The app's database role "${role}" ${problem}. It must own nothing, or the audit log is not append-only for it.`,
    );
  }
  await client.query("BEGIN");
  try {
    for (const statement of appRoleGrants(role)) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
