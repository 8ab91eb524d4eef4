// The app as end-to-end tests see it: a production build served by `next start`
// on a throwaway, seeded database (or a fresh database on DATABASE_URL's server).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { startTestDatabaseServer } from "@/test/support/test-database";
import { NEXT_BIN } from "./lib/next-bin";

const port = process.env.E2E_PORT ?? "3100";
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";

const server = await startTestDatabaseServer();
const url = await server.createDatabase(`dialogue_tracker_e2e_${port}`);
await prepareDatabase(url, (line) => console.log(`[e2e-db] ${line}`));

const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await server.stop();
    process.exit(build.status ?? 1);
  }
}
const next = spawn(process.execPath, [NEXT_BIN, "start", "--port", port], {
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
