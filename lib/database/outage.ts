// The one place that decides whether an error means "the database cannot be
// reached", and what the user is told then. Plain TypeScript, no Prisma or
// server import: the error pages (client components) read the digest too.
import { problemResponse } from "@/lib/api/problem";

/** Said when a save (server action, write request) failed because the database is down. */
export const DATABASE_UNREACHABLE_MESSAGE = "The database is not reachable; nothing was saved. Try again in a moment.";
/** Said when a page or a read could not be served because the database is down. */
export const DATABASE_UNREACHABLE_READ_MESSAGE = "The database is not reachable, so this could not be shown. Try again in a moment.";
/** Said on the login form: the password could not be checked. */
export const DATABASE_UNREACHABLE_LOGIN_MESSAGE = "The database is not reachable, so you could not be logged in. Try again in a moment.";

/**
 * Stamped on the thrown error (lib/db.ts): Next keeps an error's own digest,
 * and it is all of the error that reaches the error page in production.
 */
export const DATABASE_UNREACHABLE_DIGEST = "DATABASE_UNREACHABLE";

/** Seconds a client is told to wait (Retry-After): PostgreSQL restarts take a few. */
export const RETRY_AFTER_SECONDS = 10;

// What @prisma/adapter-pg reports (meta.driverAdapterError.cause.kind) when the
// socket fails: refused, reset, timed out, or the pool is full at the server.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma's own codes for the same: can't reach, timed out, server closed the
// connection, no connection from the pool in time.
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// node-postgres socket errors, when they arrive unwrapped.
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
// A backend killed outright (no FATAL message first): node-postgres' own
// message, which @prisma/adapter-pg passes on as a plain Error.
const UNREACHABLE_MESSAGES = ["Connection terminated unexpectedly", "Connection terminated due to connection timeout"];

/**
 * PostgreSQL SQLSTATEs meaning the server went or is not there yet: class 08
 * (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, shutting down, in recovery), 53300
 * too_many_connections.
 */
export function isUnreachableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function describesOutage(error: unknown): boolean {
  const code = field(error, "code");
  if (typeof code === "string") {
    if (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SOCKET_CODES.has(code)) return true;
    // A pg DatabaseError carries the SQLSTATE and a severity.
    if (typeof field(error, "severity") === "string" && isUnreachableSqlState(code)) return true;
  }
  const cause = field(field(field(error, "meta"), "driverAdapterError"), "cause");
  const kind = field(cause, "kind");
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  const sqlState = field(cause, "originalCode") ?? (kind === "postgres" ? field(cause, "code") : undefined);
  if (typeof sqlState === "string" && isUnreachableSqlState(sqlState)) return true;
  const message = field(error, "message");
  return error instanceof Error && typeof message === "string" && UNREACHABLE_MESSAGES.some((text) => message.includes(text));
}

/** True when the error (or one it wraps, as `cause`) says the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (field(current, "digest") === DATABASE_UNREACHABLE_DIGEST || describesOutage(current)) return true;
    current = field(current, "cause");
  }
  return false;
}

/** Marks an outage error so the error pages recognise it; other errors pass unchanged. */
export function markDatabaseOutage(error: unknown): unknown {
  if (typeof error === "object" && error !== null && !("digest" in error) && isDatabaseUnreachable(error)) {
    Object.assign(error, { digest: DATABASE_UNREACHABLE_DIGEST });
  }
  return error;
}

/** The API's answer during an outage: 503, RFC 9457 problem details, and when to try again. */
export function databaseUnreachableProblem(detail: string): Response {
  const response = problemResponse(503, "DATABASE_UNAVAILABLE", detail);
  response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return response;
}

