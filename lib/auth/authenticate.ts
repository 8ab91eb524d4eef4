import "server-only";
import { createHmac } from "node:crypto";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { checkLoginRateLimit, pruneLoginAttempts, rateLimitMessage, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { createSession, pruneExpiredSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const LOGIN_FAILED_MESSAGE = "Email or password is incorrect.";

export type AuthenticateResult =
  | { ok: true; user: { id: number; name: string; email: string; role: Role; passwordChangedAt: Date }; sessionId: string }
  | { ok: false; message: string; rateLimited?: boolean };

type Refusal = Extract<AuthenticateResult, { ok: false }> & { userId?: number };

/**
 * Checks an email and password. Unknown email, wrong password and disabled
 * account all get the same message and take comparable time. Too many recent
 * failures for the email or the IP refuse the attempt before the password is
 * looked at.
 */
export async function authenticate(rawEmail: string, password: string, ip: string): Promise<AuthenticateResult> {
  const email = rawEmail.trim().toLowerCase();
  if (!email) return { ok: false, message: LOGIN_FAILED_MESSAGE };
  const result = await checkAndRecord(email, password, ip);
  if (!result.ok) logFailedLogin(result, email, ip);
  await pruneLoginAttempts(db);
  await pruneExpiredSessions(db);
  if (result.ok) return result;
  const { userId: _userId, ...refusal } = result;
  return refusal;
}

/**
 * A short keyed digest of an email or address: lines about the same one can be
 * told apart and matched up, but the log does not say who or where, and
 * without the secret nobody can test guesses against it.
 */
function logRef(value: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(value).digest("hex").slice(0, 12);
}

/**
 * One line per failed login, for whoever watches the server log: no stack, no
 * password, and no email or IP address (personal data the log would keep long
 * after login_attempts is pruned): the user's id when the email is theirs,
 * digests otherwise.
 */
function logFailedLogin(result: Refusal, email: string, ip: string) {
  // No user id when no user has the email, or when the limit refused the attempt before the lookup.
  const who = result.userId === undefined ? `email ${logRef(`email:${email}`)}` : `user ${result.userId}`;
  const reason = result.rateLimited ? "too many failed attempts" : "wrong email or password, or disabled account";
  console.warn(`[auth] login refused for ${who} from address ${logRef(`ip:${ip}`)}: ${reason}`);
}

async function checkAndRecord(email: string, password: string, ip: string): Promise<Extract<AuthenticateResult, { ok: true }> | Refusal> {
  const fakeHash = await dummyPasswordHash();
  return db.$transaction(
    async (tx) => {
      // Serialises attempts on one email, so a burst of parallel guesses cannot
      // all pass the limit before the first failure is recorded.
      await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${`login:${email}`}))`;
      const limit = await checkLoginRateLimit(tx, email, ip);
      // Refused attempts are not recorded: the password was not tried, and
      // counting them would push the promised retry time further away.
      if (limit.limited) return { ok: false, message: rateLimitMessage(limit.retryAt), rateLimited: true };
      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, role: true, disabled: true, passwordHash: true, passwordChangedAt: true },
      });
      const valid = await verifyPassword(user?.passwordHash ?? fakeHash, password);
      const success = Boolean(user && valid && !user.disabled);
      await recordLoginAttempt(tx, email, ip, success);
      if (!user || !success) return { ok: false, message: LOGIN_FAILED_MESSAGE, userId: user?.id };
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
      const sessionId = await createSession(tx, user.id);
      const { passwordHash: _hash, disabled: _disabled, ...profile } = user;
      return { ok: true, user: profile, sessionId };
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}
