import { PrismaPg } from "@prisma/adapter-pg";
import { isDatabaseUnreachable, markDatabaseOutage } from "@/lib/database/outage";
import { noteDatabaseOutage } from "@/lib/database/outage-scope";
import { poolSize } from "@/lib/database/pool-size";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process; Next's dev server re-evaluates modules on every change,
// so keep it on globalThis instead of opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

const rethrowMarked = (error: unknown): never => {
  if (isDatabaseUnreachable(error)) noteDatabaseOutage();
  throw markDatabaseOutage(error);
};

/**
 * Every query's error that means the database is down gets the outage digest,
 * so a page that throws it shows the outage page (error.tsx) instead of the
 * generic one, and is noted for the request's HTTP status (outage-scope.ts).
 * The extension changes no types, hence the cast back.
 */
function withOutageDigest(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      $allOperations: ({ args, query }) => query(args).catch(rethrowMarked),
    },
  });
  return extended as unknown as PrismaClient;
}

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Start the app with `npm run dev`, or set DATABASE_URL.");
    }
    globalForPrisma.prisma = withOutageDigest(new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize(process.env.DATABASE_POOL_SIZE) }) }));
  }
  return globalForPrisma.prisma;
}

// Created on first use, so importing this module (e.g. while `next build` collects
// pages) needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    // Opening an interactive transaction runs no query the extension sees; its failure is marked here.
    if (property === "$transaction") {
      return (...args: Parameters<PrismaClient["$transaction"]>) => client.$transaction(...args).catch(rethrowMarked);
    }
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
