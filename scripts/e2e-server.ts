// The app as end-to-end tests see it: a production build served by scripts/serve.ts
// on a throwaway, seeded database (or a fresh database on DATABASE_URL's server).
// The build and the server run under the network guard (scripts/lib/network-guard.cjs):
// any connection except loopback and the database is refused and written to
// E2E_NETWORK_LOG, which e2e/network.spec.ts reads.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { startTestDatabaseServer } from "@/test/support/test-database";
import { NEXT_BIN, nextEnv, SERVE_ARGS } from "./lib/next-bin";

const port = process.env.E2E_PORT ?? "3100";
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const networkLog = path.resolve(process.env.E2E_NETWORK_LOG ?? `.e2e/network-guard-${port}.log`);
const guard = path.resolve(import.meta.dirname, "lib/network-guard.cjs");

const server = await startTestDatabaseServer();
const urls = await server.createDatabase(`dialogue_tracker_e2e_${port}`);
await prepareDatabase(urls, (line) => console.log(`[e2e-db] ${line}`));
// The app connects as its own role, which owns nothing, as in production.
const { url } = urls;

mkdirSync(path.dirname(networkLog), { recursive: true });
writeFileSync(networkLog, "");
const env = nextEnv({
  NEXT_DIST_DIR: distDir,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(guard)}`].filter(Boolean).join(" "),
  NETWORK_GUARD_LOG: networkLog,
  NETWORK_GUARD_ALLOW: new URL(url).hostname,
});
if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await server.stop();
    process.exit(build.status ?? 1);
  }
}
const next = spawn(process.execPath, [...SERVE_ARGS, "--port", port], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" },
});
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
