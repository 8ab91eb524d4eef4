// `npm start`: the production server. Needs a real PostgreSQL and a secret; it
// applies pending migrations as MIGRATION_DATABASE_URL (or DATABASE_URL) but
// never loads demo data, then serves the app as DATABASE_URL's role.
import { spawn } from "node:child_process";
import { configuredDatabaseUrls } from "@/lib/database/app-role";
import { migrate } from "@/lib/database/migrations";
import { nextEnv, SERVE_ARGS } from "./lib/next-bin";

const missing = ["DATABASE_URL", "AUTH_SECRET"].filter((name) => !process.env[name]);
if (missing.length) {
  console.error(
    `Cannot start: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set.\n` +
      "  DATABASE_URL  postgresql://user:password@host:5432/dbname\n" +
      "  AUTH_SECRET   a long random string, e.g. `openssl rand -base64 32`\n" +
      "  (optional) MIGRATION_DATABASE_URL, the tables' owner for migrations: see the README, Production",
  );
  process.exit(1);
}
const urls = configuredDatabaseUrls()!;
await migrate(urls.migrationUrl, { log: console.log, appUrl: urls.url });
// scripts/serve.ts rather than `next start`: it sets the client address the login limits count (TRUSTED_PROXIES).
const next = spawn(process.execPath, [...SERVE_ARGS, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: nextEnv({ NODE_ENV: "production" }),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
