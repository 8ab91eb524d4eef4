// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "@/lib/database/migrations";
import { openProjectDatabase } from "./lib/project-database";

const database = await openProjectDatabase("npm run db:migrate");
try {
  const applied = await migrate(database.url, { log: console.log });
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
