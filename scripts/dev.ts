// `npm run dev`: the database (embedded unless DATABASE_URL is set), migrations,
// demo data when empty, then Next's dev server. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { demoUsers } from "@/prisma/seed/demo-users";
import { developmentAuthSecret, openProjectDatabase, PROJECT_ROOT } from "./lib/project-database";
import { prepareDatabase } from "./lib/prepare-database";

const port = Number(process.env.PORT ?? 3000);

async function main() {
  const database = await openProjectDatabase("npm run dev");
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await prepareDatabase(database.url);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }

  const next = spawn(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), "dev", "--port", String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: developmentAuthSecret(),
      AUTH_TRUST_HOST: "true",
    },
  });
  let announced = false;
  next.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in|ready/i.test(chunk.toString())) {
      announced = true;
      console.log(`\n  Dialogue Tracker is running at http://localhost:${port}`);
      console.log(`  Database: ${database.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}`);
      console.log("  Demo logins:");
      for (const user of demoUsers) console.log(`    ${user.role.padEnd(8)} ${user.email}  ${user.password}`);
      console.log("  Press Ctrl-C to stop.\n");
    }
  });
  next.on("exit", (code) => void stop(code ?? 0));
  process.removeAllListeners("SIGINT");
  process.on("SIGINT", () => next.kill("SIGINT"));
  process.on("SIGTERM", () => next.kill("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
