import { expect } from "vitest";
import { db } from "@/lib/db";
import { demoUsers } from "@/prisma/seed/demo-users";
import { sessionState } from "@/test/integration/session-state";

export type DemoRole = (typeof demoUsers)[number]["role"];

// The session row actAs() opens for a user: always the same values, so acting
// as someone again leaves the database exactly as it was (the authorisation
// matrix compares whole-database checksums around refused calls).
const TEST_SESSION = { createdAt: new Date("2026-01-01T00:00:00Z"), expiresAt: new Date("2100-01-01T00:00:00Z") };

/** Opens (or reopens) the user's test session row and returns its id, as a login would. */
export async function openTestSession(userId: number): Promise<string> {
  const id = `test-session-${userId}`;
  await db.userSession.upsert({ where: { id }, create: { id, userId, ...TEST_SESSION }, update: {}, select: { id: true } });
  return id;
}

/** Acts as the user with this email (or a demo role), or as an anonymous visitor with null. */
export async function actAs(who: DemoRole | string | null) {
  if (who === null) {
    sessionState.current = null;
    return null;
  }
  const email = demoUsers.find((u) => u.role === who)?.email ?? who;
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true, passwordChangedAt: true } });
  sessionState.current = {
    user: { id: String(user.id), name: user.name, email: user.email, role: user.role },
    loginAt: Date.now(),
    passwordChangedAt: user.passwordChangedAt.getTime(),
    sessionId: await openTestSession(user.id),
    expires: new Date(Date.now() + 8 * 3600_000).toISOString(),
  };
  return user;
}

/** FormData from a plain object, as a browser form would send it. */
export function formData(fields: Record<string, string | string[] | number | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item));
  }
  return data;
}

/** Unique text for rows a test creates, so tests never collide on the shared database. */
export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A URL slug made from a unique() label. */
export function slugOf(label: string): string {
  return label.toLowerCase().replace(/\W+/g, "-");
}

/** A unique, lower-cased email address for a test user. */
export function uniqueEmail(label: string, domain = "test.example.org"): string {
  return `${slugOf(unique(label))}@${domain}`;
}

/** A read API refusal: 400 problem+json whose detail and errors name the parameter. */
export async function expectBadParameter(response: Response, name: string) {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status: 400, code: "VALIDATION", detail: expect.stringContaining(name) });
  expect(body.errors[name][0]).toEqual(expect.any(String));
}
