import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/login-limits";
import { plural } from "@/lib/domain/format";

// Failed logins are kept in PostgreSQL (login_attempts), so the limit holds
// across restarts and across several app instances sharing the database.
export { LOGIN_WINDOW_MS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP };

export type RateLimitResult = { limited: false } | { limited: true; retryAt: Date };

/**
 * Whether this email or IP has used up its failed attempts. A successful login
 * resets the email's count: only failures after the last success are counted.
 * The refusal lasts until the oldest counted failure leaves the window.
 */
export async function checkLoginRateLimit(tx: Prisma.TransactionClient, email: string, ip: string, now = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  // The limit-th newest failure: if it exists, the limit is reached until it ages out.
  const [byEmail, byIp] = await Promise.all([
    tx.loginAttempt.findFirst({
      where: { email, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      skip: MAX_FAILURES_PER_EMAIL - 1,
      select: { createdAt: true },
    }),
    tx.loginAttempt.findFirst({
      where: { ip, success: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      skip: MAX_FAILURES_PER_IP - 1,
      select: { createdAt: true },
    }),
  ]);
  const until = [byEmail, byIp]
    .filter((row): row is { createdAt: Date } => row !== null)
    .map((row) => row.createdAt.getTime() + LOGIN_WINDOW_MS);
  if (until.length === 0) return { limited: false };
  return { limited: true, retryAt: new Date(Math.max(...until)) };
}

export async function recordLoginAttempt(tx: Prisma.TransactionClient, email: string, ip: string, success: boolean) {
  await tx.loginAttempt.create({ data: { email, ip, success }, select: { id: true } });
}

/** At most this many old rows go per login, so one login never pays for a long backlog. */
export const PRUNE_BATCH = 500;

/**
 * Deletes attempts older than the window: the limits never look further back.
 * Called after each login; SKIP LOCKED lets concurrent logins share the work
 * instead of queueing on the same rows. Returns how many rows went.
 */
export async function pruneLoginAttempts(client: Pick<Prisma.TransactionClient, "$executeRaw">, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LOGIN_WINDOW_MS);
  return client.$executeRaw`
    DELETE FROM login_attempts WHERE id IN (
      SELECT id FROM login_attempts WHERE created_at < ${cutoff} ORDER BY id LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED
    )`;
}

/** "Too many failed attempts. Try again in 12 minutes." (always at least one minute). */
export function rateLimitMessage(retryAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed attempts. Try again in ${plural(minutes, "minute")}.`;
}
