// What the e2e server (scripts/e2e-server.ts) and the e2e specs share: the build
// under test, the environment the app runs in, and where its databases are.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextEnv } from "./next-bin";

/** Where the app under test is built (relative to the project: Next's distDir). */
export const E2E_DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-e2e";

const GUARD = path.resolve(import.meta.dirname, "network-guard.cjs");

/**
 * The environment of the build and of every app instance under test: telemetry
 * off, and the network guard loaded, allowing loopback and the database host
 * and recording anything else in E2E_NETWORK_LOG (e2e/network.spec.ts reads it).
 */
export function e2eEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return nextEnv({
    NEXT_DIST_DIR: E2E_DIST_DIR,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(GUARD)}`].filter(Boolean).join(" "),
    NETWORK_GUARD_LOG: process.env.E2E_NETWORK_LOG,
    NETWORK_GUARD_ALLOW: new URL(databaseUrl).hostname,
  });
}

/**
 * The e2e databases, written by the e2e server to E2E_DATABASE_FILE: the app's
 * `database`, and `template`, the seeded copy nobody connects to, from which the
 * specs get a fresh seeded database (e2e/support/test.ts).
 */
export type E2eDatabases = { adminUrl: string; database: string; template: string };

export function writeE2eDatabases(databases: E2eDatabases) {
  writeFileSync(e2eDatabaseFile(), JSON.stringify(databases));
}

export function readE2eDatabases(): E2eDatabases {
  return JSON.parse(readFileSync(e2eDatabaseFile(), "utf8")) as E2eDatabases;
}

function e2eDatabaseFile(): string {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error("E2E_DATABASE_FILE is not set: run the e2e tests with `npx playwright test`.");
  return file;
}
