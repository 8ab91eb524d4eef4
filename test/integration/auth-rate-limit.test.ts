import { describe, expect, it } from "vitest";
import { authenticate, LOGIN_FAILED_MESSAGE } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/auth-fixtures";
import { unique, uniqueEmail } from "@/test/integration/helpers";

const TOO_MANY = /^Too many failed attempts\. Try again in \d+ minutes?\.$/;

function freshIp() {
  return `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${unique("ip").replace(/\s/g, "")}`;
}

async function failTimes(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate(email, "wrong-password-123", ip)).toEqual({ ok: false, message: LOGIN_FAILED_MESSAGE });
  }
}

describe("login rate limit", () => {
  it("refuses the 6th attempt for an email after 5 failures, even with the right password, and says when to retry", async () => {
    const user = await createTestUser("VIEWER");
    await failTimes(user.email, freshIp(), 5);
    const refused = await authenticate(user.email, TEST_PASSWORD, freshIp());
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(TOO_MANY);
    expect(!refused.ok && refused.message).toContain("15 minutes");
  });

  it("counts the email case-insensitively, so changing case does not get around it", async () => {
    const user = await createTestUser("VIEWER");
    await failTimes(user.email.toUpperCase(), freshIp(), 5);
    const refused = await authenticate(user.email, TEST_PASSWORD, freshIp());
    expect(!refused.ok && refused.message).toMatch(TOO_MANY);
  });

  it("tells how long is left, from the oldest failure still counted", async () => {
    const user = await createTestUser("VIEWER");
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: user.email, ip: "203.0.113.1", success: false, createdAt: threeMinutesAgo })),
    });
    const refused = await authenticate(user.email, TEST_PASSWORD, freshIp());
    expect(!refused.ok && refused.message).toBe("Too many failed attempts. Try again in 12 minutes.");
  });

  it("forgets failures older than 15 minutes", async () => {
    const user = await createTestUser("VIEWER");
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: user.email, ip: "203.0.113.1", success: false, createdAt: sixteenMinutesAgo })),
    });
    expect((await authenticate(user.email, TEST_PASSWORD, freshIp())).ok).toBe(true);
  });

  it("resets the email's count after a successful login", async () => {
    const user = await createTestUser("VIEWER");
    const ip = freshIp();
    await failTimes(user.email, ip, 4);
    expect((await authenticate(user.email, TEST_PASSWORD, ip)).ok).toBe(true);
    await failTimes(user.email, ip, 4);
    // 8 failures in the window, but only 4 since the success.
    expect((await authenticate(user.email, TEST_PASSWORD, ip)).ok).toBe(true);
  });

  it("refuses an IP after 20 failures across any emails, but not other IPs", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await failTimes(uniqueEmail("nobody"), ip, 4);
    const user = await createTestUser("ANALYST");
    const refused = await authenticate(user.email, TEST_PASSWORD, ip);
    expect(!refused.ok && refused.message).toMatch(TOO_MANY);
    expect((await authenticate(user.email, TEST_PASSWORD, freshIp())).ok).toBe(true);
  });

  it("treats unknown emails like known ones, so the limit does not reveal which accounts exist", async () => {
    const email = uniqueEmail("ghost");
    await failTimes(email, freshIp(), 5);
    const refused = await authenticate(email, TEST_PASSWORD, freshIp());
    expect(!refused.ok && refused.message).toMatch(TOO_MANY);
  });

  it("records every attempt that was checked, with its email, IP and outcome, and the last login", async () => {
    const user = await createTestUser("VIEWER");
    const ip = freshIp();
    await failTimes(user.email, ip, 2);
    const before = new Date();
    expect((await authenticate(` ${user.email.toUpperCase()} `, TEST_PASSWORD, ip)).ok).toBe(true);
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email }, orderBy: { id: "asc" }, select: { ip: true, success: true } });
    expect(attempts).toEqual([
      { ip, success: false },
      { ip, success: false },
      { ip, success: true },
    ]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } });
    expect(row.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("gives a disabled account the same answer as a wrong password", async () => {
    const user = await createTestUser("VIEWER");
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticate(user.email, TEST_PASSWORD, freshIp())).toEqual({ ok: false, message: LOGIN_FAILED_MESSAGE });
    expect(await authenticate(uniqueEmail("none", "x.org"), TEST_PASSWORD, freshIp())).toEqual({ ok: false, message: LOGIN_FAILED_MESSAGE });
  });

  it("holds against a burst of parallel guesses", async () => {
    const user = await createTestUser("VIEWER");
    const results = await Promise.all(Array.from({ length: 10 }, () => authenticate(user.email, "wrong-password-123", freshIp())));
    expect(results.filter((r) => !r.ok && r.message === LOGIN_FAILED_MESSAGE)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && TOO_MANY.test(r.message))).toHaveLength(5);
  });
});
