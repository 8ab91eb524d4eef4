// The app as end-to-end tests see it: a production build served by scripts/serve.ts
// on a throwaway, seeded database (or a fresh database on DATABASE_URL's server).
// The seeded database is kept as a template that nobody connects to; the app runs
// on a copy, which e2e/support/test.ts makes afresh for every spec file.
// The build and the server run under the network guard (scripts/lib/network-guard.cjs):
// any connection except loopback and the database is refused and written to
// E2E_NETWORK_LOG, which e2e/network.spec.ts reads.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { startTestDatabaseServer } from "@/test/support/test-database";
import { e2eEnv, writeE2eDatabases } from "./lib/e2e-app";
import { NEXT_BIN } from "./lib/next-bin";
import { startProductionServer } from "./lib/production-server";

const port = process.env.E2E_PORT ?? "3100";
process.env.E2E_NETWORK_LOG = path.resolve(process.env.E2E_NETWORK_LOG ?? `.e2e/network-guard-${port}.log`);
process.env.E2E_DATABASE_FILE = path.resolve(process.env.E2E_DATABASE_FILE ?? `.e2e/database-${port}.json`);

const server = await startTestDatabaseServer();
const database = `dialogue_tracker_e2e_${port}`;
const template = `${database}_seeded`;
await prepareDatabase(await server.createDatabase(template), (line) => console.log(`[e2e-db] ${line}`));
// The app connects as its own role, which owns nothing, as in production.
const { url } = await server.createDatabase(database, template);
for (const file of [process.env.E2E_NETWORK_LOG, process.env.E2E_DATABASE_FILE]) mkdirSync(path.dirname(file), { recursive: true });
writeE2eDatabases({ adminUrl: server.adminUrl, database, template });
writeFileSync(process.env.E2E_NETWORK_LOG, "");

const env = e2eEnv(url);
if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await server.stop();
    process.exit(build.status ?? 1);
  }
}
const next = startProductionServer({ port, databaseUrl: url, env });
const stop = async () => {
  next.kill("SIGTERM");
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
next.on("exit", async (code) => {
  await server.stop();
  process.exit(code ?? 1);
});
