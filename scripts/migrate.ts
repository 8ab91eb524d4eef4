// `npm run db:migrate`: applies pending migrations as MIGRATION_DATABASE_URL (or DATABASE_URL), or to the
// embedded database, and grants the app's role its rights.
import { migrate } from "@/lib/database/migrations";
import { openProjectDatabase } from "./lib/project-database";
import { runCommand } from "./lib/run-command";

runCommand(async () => {
  const database = await openProjectDatabase("npm run db:migrate");
  try {
    const applied = await migrate(database.migrationUrl, { log: console.log, appUrl: database.url });
    console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
  } finally {
    await database.stop();
  }
});
