// `npm run db:seed`: adds whatever of the demo dataset is missing (idempotent).
import { PrismaPg } from "@prisma/adapter-pg";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/seed";
import { openProjectDatabase } from "./lib/project-database";
import { runCommand } from "./lib/run-command";

runCommand(async () => {
  const database = await openProjectDatabase("npm run db:seed");
  try {
    await migrate(database.migrationUrl, { log: console.log, appUrl: database.url });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.migrationUrl }) });
    try {
      await seed(db);
    } finally {
      await db.$disconnect();
    }
    console.log("Demo data is in place.");
  } finally {
    await database.stop();
  }
});
