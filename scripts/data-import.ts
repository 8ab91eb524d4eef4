// `npm run data:import -- FILE`: loads a file written by data:export into an
// empty database (migrating it first), refusing a database with records in it
// or a file of another version.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { BackupError, checkBackup, importDatabase } from "@/lib/database/backup";
import { migrate } from "@/lib/database/migrations";
import { openProjectDatabase } from "./lib/project-database";
import { runCommand } from "./lib/run-command";

const USAGE = "Usage: npm run data:import -- <file.json>";

runCommand(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Error(`Name the one file to import.\n${USAGE}`);
  const file = positionals[0]!;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${error instanceof SyntaxError ? "it is not JSON" : (error as Error).message}.`);
  }
  const backup = await checkBackup(data);
  const database = await openProjectDatabase("npm run data:import");
  try {
    // As the owner: the import sets the id sequences, which the app's role may only use.
    await migrate(database.migrationUrl, { log: console.log, appUrl: database.url });
    const counts = await importDatabase(database.migrationUrl, backup);
    const rows = Object.values(counts).reduce((n, count) => n + count, 0);
    console.log(`Imported ${rows} rows from ${file}.`);
    console.log(`The ${counts.users ?? 0} users have no password yet: give each one with npm run user:password -- --email <email>.`);
  } finally {
    await database.stop();
  }
});
