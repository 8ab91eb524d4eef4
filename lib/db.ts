import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Connections per app process. A save holds one for its whole transaction, and
// every request also reads its session, so pg's default of 10 made the 11th of
// 20 analysts saving at once wait for a connection before it could even be
// recognised (scripts/bench/writes.ts measures it).
export const POOL_SIZE = 25;

// One client per process; Next's dev server re-evaluates modules on every change,
// so keep it on globalThis instead of opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Start the app with `npm run dev`, or set DATABASE_URL.");
    }
    globalForPrisma.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: POOL_SIZE }) });
  }
  return globalForPrisma.prisma;
}

// Created on first use, so importing this module (e.g. while `next build` collects
// pages) needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
