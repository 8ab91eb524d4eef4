import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

// Read-only API tokens: `Authorization: Bearer dtk_…`. A token acts as its user
// with that user's read rights (so a viewer's token sees what a viewer sees),
// for GET requests only. Only the SHA-256 is stored: a leaked database gives
// no working token. Lookup, rate limit and last-use time are one UPDATE, so
// every app instance counts the same window.

const TOKEN_PREFIX = "dtk_";
export const API_TOKEN_RATE_LIMIT = { requests: 120, windowSeconds: 60 };
const READ_METHODS = new Set(["GET", "HEAD"]);

export function generateApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TokenAuthFailure = { status: 401 | 403 | 429; code: string; message: string; retryAfterSeconds?: number };
export type TokenAuth = { ok: true; user: SessionUser } | ({ ok: false } & TokenAuthFailure);

/** The bearer token of a request: undefined without an Authorization header, "" when the header is not a bearer token. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : "";
}

type Row = { id: number; name: string; email: string; role: Role; must_change_password: boolean; window_count: number; window_start: Date };

export async function authenticateApiToken(token: string, method: string): Promise<TokenAuth> {
  const unknown: TokenAuth = { ok: false, status: 401, code: "UNAUTHENTICATED", message: "This API token is not valid: it is unknown, revoked, or its user is disabled." };
  if (!token.startsWith(TOKEN_PREFIX)) return unknown;
  const window = `${API_TOKEN_RATE_LIMIT.windowSeconds} seconds`;
  const rows = await db.$queryRaw<Row[]>`
    UPDATE api_tokens t
       SET window_count = CASE WHEN t.window_start <= now() - ${window}::interval THEN 1 ELSE t.window_count + 1 END,
           window_start = CASE WHEN t.window_start <= now() - ${window}::interval THEN now() ELSE t.window_start END,
           last_used_at = now()
      FROM users u
     WHERE t.token_hash = ${hashApiToken(token)} AND t.revoked_at IS NULL AND u.id = t.user_id AND NOT u.disabled
    RETURNING u.id, u.name, u.email, u.role, u.must_change_password, t.window_count, t.window_start`;
  const row = rows[0];
  if (!row) return unknown;
  if (row.window_count > API_TOKEN_RATE_LIMIT.requests) {
    const retryAfterSeconds = Math.max(1, Math.ceil((row.window_start.getTime() + API_TOKEN_RATE_LIMIT.windowSeconds * 1000 - Date.now()) / 1000));
    return { ok: false, status: 429, code: "RATE_LIMITED", message: `Too many requests with this token: at most ${API_TOKEN_RATE_LIMIT.requests} a minute. Try again in ${retryAfterSeconds} s.`, retryAfterSeconds };
  }
  if (!READ_METHODS.has(method.toUpperCase())) {
    return { ok: false, status: 403, code: "FORBIDDEN", message: "API tokens are read-only: they can only be used for GET requests." };
  }
  return { ok: true, user: { id: row.id, name: row.name, email: row.email, role: row.role, mustChangePassword: row.must_change_password } };
}
