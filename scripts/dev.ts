// `npm run dev`: the database (embedded unless DATABASE_URL is set), migrations,
// demo data when empty, then Next's dev server. Ctrl-C stops Next, then the database.
import { type ChildProcess, spawn } from "node:child_process";
import { demoUsers } from "@/prisma/seed/demo-users";
import { prepareDatabase } from "./lib/prepare-database";
import { developmentAuthSecret, openProjectDatabase, PROJECT_ROOT } from "./lib/project-database";
import { runCommand } from "./lib/run-command";
import { DEV_SERVE_ARGS, nextEnv } from "./lib/next-bin";

const port = Number(process.env.PORT ?? 3000);

runCommand(async () => {
  const database = await openProjectDatabase("npm run dev");
  // Set once Next is spawned; shutdown() may run before that.
  const running: { next?: ChildProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const { next } = running;
    if (next && next.exitCode === null) {
      const exited = new Promise((resolve) => next.once("exit", resolve));
      next.kill("SIGTERM");
      await exited;
    }
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await prepareDatabase(database);
  } catch (error) {
    await database.stop();
    throw error;
  }

  // Next's development server behind scripts/serve.ts, as `npm start` runs the
  // production one: `next dev` would let a client-sent X-Forwarded-For pick the
  // address the login limits count.
  const next = spawn(process.execPath, [...DEV_SERVE_ARGS, "--port", String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: nextEnv({ NODE_ENV: "development", DATABASE_URL: database.url, AUTH_SECRET: developmentAuthSecret(), AUTH_TRUST_HOST: "true" }),
  });
  running.next = next;
  let announced = false;
  next.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /^Ready on/m.test(chunk.toString())) {
      announced = true;
      console.log(`\n  Dialogue Tracker is running at http://localhost:${port}`);
      console.log(`  Database: ${database.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}`);
      console.log("  Demo logins:");
      for (const user of demoUsers) console.log(`    ${user.role.padEnd(8)} ${user.email}  ${user.password}`);
      console.log("  Press Ctrl-C to stop.\n");
    }
  });
  next.on("exit", (code) => void shutdown(code ?? 0));
});
