// A PostgreSQL for tests: a throwaway embedded server on a free port, or a fresh
// database on the server of DATABASE_URL when that is given.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "@/lib/database/embedded";

export type TestDatabaseServer = {
  /** A URL on the server from which databases can be created. */
  adminUrl: string;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const given = process.env.DATABASE_URL;
  if (given) {
    return { adminUrl: given, createDatabase: (name) => createDatabaseOn(given, name), stop: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "dialogue-tracker-test-"));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres", persistent: false });
  return {
    adminUrl: server.url,
    createDatabase: (name) => createDatabaseOn(server.url, name),
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createDatabaseOn(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const safe = name.replace(/[^a-z0-9_]/g, "_");
    await client.query(`DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${safe}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${safe}`;
    return url.toString();
  } finally {
    await client.end();
  }
}
