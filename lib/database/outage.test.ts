import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  DATABASE_UNREACHABLE_DIGEST,
  databaseUnreachableProblem,
  isDatabaseUnreachable,
  markDatabaseOutage,
} from "@/lib/database/outage";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// The shapes below are what Prisma 7 with @prisma/adapter-pg threw against a
// stopped, a stopping and a crashed embedded PostgreSQL (see the integration test).
function prismaError(code: string, cause: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError("Invalid `prisma.user.count()` invocation", {
    code,
    clientVersion: "7",
    meta: { modelName: "User", driverAdapterError: { name: "DriverAdapterError", cause } },
  });
}

function postgresCause(sqlState: string, message: string) {
  return { originalCode: sqlState, originalMessage: message, kind: "postgres", code: sqlState, severity: "FATAL", message };
}

function pgDatabaseError(sqlState: string, message: string) {
  const error = new pg.DatabaseError(message, 0, "error");
  Object.assign(error, { code: sqlState, severity: "FATAL" });
  return error;
}

describe("isDatabaseUnreachable", () => {
  it.each([
    ["server stopped: connection refused", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["stopped during a raw query: admin_shutdown", prismaError("P2010", postgresCause("57P01", "terminating connection due to administrator command"))],
    ["stopped during a model query: admin_shutdown", prismaError("P2039", postgresCause("57P01", "terminating connection due to administrator command"))],
    ["restarting after a crash: cannot_connect_now", prismaError("P2039", postgresCause("57P03", "the database system is in recovery mode"))],
    ["crash of another backend: crash_shutdown", prismaError("P2039", postgresCause("57P02", "terminating connection because of crash of another server process"))],
    ["a class 08 connection exception", prismaError("P2010", postgresCause("08006", "connection failure"))],
    ["the socket reset", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["the socket timed out", prismaError("P1002", { kind: "SocketTimeout" })],
    ["no connection from the pool in time", new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection", { code: "P2024", clientVersion: "7" })],
    ["a backend killed outright (node-postgres' own error)", new Error("Connection terminated unexpectedly")],
    ["a raw socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a raw pg error: admin_shutdown", pgDatabaseError("57P01", "terminating connection due to administrator command")],
    ["an outage wrapped as the cause of another error", new Error("Could not load the page", { cause: new Error("Connection terminated unexpectedly") })],
    ["an error already marked on the server", Object.assign(new Error("hidden in production"), { digest: DATABASE_UNREACHABLE_DIGEST })],
  ])("says yes for %s", (_label, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } })],
    ["a missing table", prismaError("P2021", { kind: "TableDoesNotExist", table: "public.users" })],
    ["another PostgreSQL error", prismaError("P2010", postgresCause("23514", "new row violates check constraint"))],
    ["wrong credentials (a configuration fault, not an outage)", prismaError("P1000", { kind: "AuthenticationFailed", user: "app" })],
    ["a raw pg syntax error", pgDatabaseError("42601", "syntax error")],
    ["an AppError", new AppError("CONFLICT", "Someone else changed it.")],
    ["a plain error", new Error("Cannot read properties of undefined")],
    ["a string that merely mentions the message", "Connection terminated unexpectedly"],
    ["nothing", undefined],
  ])("says no for %s", (_label, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});

describe("markDatabaseOutage", () => {
  it("stamps the outage digest on an outage error and returns the same error", () => {
    const error = prismaError("P1001", { kind: "DatabaseNotReachable" });
    expect(markDatabaseOutage(error)).toBe(error);
    expect(error).toMatchObject({ digest: DATABASE_UNREACHABLE_DIGEST, code: "P1001" });
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
  });

  it("leaves other errors, and errors that already have a digest, as they are", () => {
    const unique = prismaError("P2002", { kind: "UniqueConstraintViolation" });
    expect(markDatabaseOutage(unique)).toBe(unique);
    expect(unique).not.toHaveProperty("digest");
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;", cause: new Error("Connection terminated unexpectedly") });
    markDatabaseOutage(redirect);
    expect(redirect.digest).toBe("NEXT_REDIRECT;replace;/login;307;");
  });
});

describe("databaseUnreachableProblem", () => {
  it("is a 503 with problem details, a Retry-After and the sentence", async () => {
    const response = databaseUnreachableProblem("The database is not reachable.");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ type: "about:blank", title: "Service unavailable", status: 503, detail: "The database is not reachable.", code: "DATABASE_UNAVAILABLE" });
  });
});
