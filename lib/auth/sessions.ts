import "server-only";
import { randomBytes } from "node:crypto";
import { SESSION_MAX_AGE_MS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Server-side identity of a login (user_sessions). The signed, encrypted JWT
// cookie names its row; lib/auth/session.ts refuses a cookie whose row is gone,
// so deleting rows ends sessions at once instead of when the cookie expires.

type Client = Prisma.TransactionClient | typeof db;

/** Opens a session for a user who has just proved their password; returns its id for the cookie. */
export async function createSession(tx: Client, userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) }, select: { id: true } });
  return id;
}

/** Ends one session (logout). Unknown ids are fine: it may have ended already. */
export async function endSession(id: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id } });
}

/** Ends every session of a user (password change or reset, disable, "log out everywhere"); returns how many. */
export async function endAllSessions(tx: Client, userId: number): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId } });
  return count;
}

/** Deletes expired rows, a bounded batch at a time; run after each login. */
export async function pruneExpiredSessions(client: Pick<Prisma.TransactionClient, "$executeRaw">, now = new Date(), batch = 500): Promise<number> {
  return client.$executeRaw`
    DELETE FROM user_sessions WHERE id IN (
      SELECT id FROM user_sessions WHERE expires_at < ${now} ORDER BY expires_at LIMIT ${batch} FOR UPDATE SKIP LOCKED
    )`;
}
