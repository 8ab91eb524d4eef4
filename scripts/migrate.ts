// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "@/lib/database/migrations";
import { openProjectDatabase } from "./lib/project-database";
import { runCommand } from "./lib/run-command";

runCommand(async () => {
  const database = await openProjectDatabase("npm run db:migrate");
  try {
    const applied = await migrate(database.url, { log: console.log });
    console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
  } finally {
    await database.stop();
  }
});
