import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseUrls } from "@/lib/database/app-role";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/seed";

/**
 * Applies pending migrations and grants the app role its rights, then loads the
 * demo data if the database has none, all as the owner.
 */
export async function prepareDatabase(urls: DatabaseUrls, log: (line: string) => void = console.log) {
  await migrate(urls.migrationUrl, { log, appUrl: urls.url });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: urls.migrationUrl }) });
  try {
    const [users, rounds] = await Promise.all([db.user.count(), db.round.count()]);
    if (users === 0 && rounds === 0) {
      log("Empty database: loading the demo data…");
      await seed(db);
      return { seeded: true };
    }
    return { seeded: false };
  } finally {
    await db.$disconnect();
  }
}
