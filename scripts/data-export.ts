// `npm run data:export -- --out FILE`: the whole record (users without their
// password hashes, every record, the audit log) as one versioned JSON file.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { exportDatabase } from "@/lib/database/backup";
import { openProjectDatabase } from "./lib/project-database";
import { runCommand } from "./lib/run-command";

const USAGE = "Usage: npm run data:export -- --out <file.json>";

runCommand(async () => {
  const { out } = parseArgs({ options: { out: { type: "string" } }, strict: true }).values;
  if (!out?.trim()) throw new Error(`Say where to write the file.\n${USAGE}`);
  const database = await openProjectDatabase("npm run data:export");
  try {
    // As the owner: the app's role may not read the migrations' records the file names.
    const backup = await exportDatabase(database.migrationUrl);
    // "wx": an existing file is never overwritten by mistake.
    await writeFile(out, JSON.stringify(backup, null, 1) + "\n", { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "EEXIST" ? new Error(`${out} already exists; choose another file name.`) : error;
    });
    const rows = Object.values(backup.tables).reduce((n, table) => n + table.length, 0);
    console.log(`Wrote ${out}: ${rows} rows from ${Object.keys(backup.tables).length} tables (format version ${backup.version}). Password hashes are not included.`);
  } finally {
    await database.stop();
  }
});
