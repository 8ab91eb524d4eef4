import { PrismaPg } from "@prisma/adapter-pg";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/seed";

/** Applies pending migrations, then loads the demo data if the database has none. */
export async function prepareDatabase(url: string, log: (line: string) => void = console.log) {
  await migrate(url, { log });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
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
