// A PostgreSQL for tests: a throwaway embedded server on a free port, or a fresh
// database on the server of DATABASE_URL when that is given (its role needs
// CREATEDB and CREATEROLE). Either way the app connects as the embedded app
// role and migrations run as the server's URL, as in production.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseUrls, embeddedAppUrl, ensureEmbeddedAppRole } from "@/lib/database/app-role";
import { withClient } from "@/lib/database/client";
import { freePort, startEmbeddedPostgres } from "@/lib/database/embedded";

export type TestDatabaseServer = {
  /** A URL on the server from which databases can be created. */
  adminUrl: string;
  /** Creates a database, empty or a copy of `template`, and returns the app's URL and the owner's. */
  createDatabase: (name: string, template?: string) => Promise<DatabaseUrls>;
  stop: () => Promise<void>;
};

export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await withClient(given, ensureEmbeddedAppRole);
    return { adminUrl: given, createDatabase: (name, template) => createDatabaseWithRoles(given, name, template), stop: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "dialogue-tracker-test-"));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres", persistent: false });
  return {
    adminUrl: server.url,
    createDatabase: (name, template) => createDatabaseWithRoles(server.url, name, template),
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const safeName = (name: string) => name.replace(/[^a-z0-9_]/g, "_");

/**
 * (Re)creates a database owned by serverUrl's role, empty or as a copy of `template`
 * (which nobody may be connected to), and returns its URL. Whoever is connected to
 * the old one is disconnected: a running app's pool reconnects at its next query.
 */
export async function createDatabaseOn(serverUrl: string, name: string, template?: string): Promise<string> {
  return withClient(serverUrl, async (client) => {
    const safe = safeName(name);
    await client.query(`DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${safe}"${template ? ` TEMPLATE "${safeName(template)}"` : ""}`);
    const url = new URL(serverUrl);
    url.pathname = `/${safe}`;
    return url.toString();
  });
}

/** As createDatabaseOn (a copy keeps the template's grants to the app role), with the app's URL too. */
export async function createDatabaseWithRoles(serverUrl: string, name: string, template?: string): Promise<DatabaseUrls> {
  const migrationUrl = await createDatabaseOn(serverUrl, name, template);
  return { url: embeddedAppUrl(migrationUrl), migrationUrl };
}
