import { afterEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { LOGIN_WINDOW_MS, PRUNE_BATCH, pruneLoginAttempts } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { createTestUser, TEST_PASSWORD } from "@/test/integration/auth-fixtures";
import { uniqueEmail } from "@/test/integration/helpers";

const ago = (ms: number) => new Date(Date.now() - ms);

afterEach(() => vi.restoreAllMocks());

/** Every line the code under test writes to the console from now on. */
function captureConsole(): string[] {
  const lines: string[] = [];
  for (const level of ["log", "info", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
  return lines;
}

describe("login_attempts housekeeping", () => {
  it("a login deletes attempts older than the rate-limit window and keeps the recent ones", async () => {
    const email = uniqueEmail("prune");
    await db.loginAttempt.createMany({
      data: [
        { email, ip: "203.0.113.9", success: false, createdAt: ago(LOGIN_WINDOW_MS + 60_000) },
        { email, ip: "203.0.113.9", success: false, createdAt: ago(3 * 24 * 3600_000) },
        { email, ip: "203.0.113.9", success: false, createdAt: ago(60_000) },
      ],
    });
    const user = await createTestUser("VIEWER");
    expect((await authenticate(user.email, TEST_PASSWORD, "203.0.113.10")).ok).toBe(true);
    const left = await db.loginAttempt.findMany({ where: { email }, select: { createdAt: true } });
    expect(left).toHaveLength(1);
    expect(left[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - LOGIN_WINDOW_MS);
  });

  it("deletes a bounded batch at a time, so one login never pays for a long backlog", async () => {
    const email = uniqueEmail("backlog");
    const old = ago(LOGIN_WINDOW_MS + 3600_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: PRUNE_BATCH + 20 }, () => ({ email, ip: "203.0.113.11", success: false, createdAt: old })) });
    expect(await pruneLoginAttempts(db)).toBe(PRUNE_BATCH);
    // Later calls finish the job.
    while ((await pruneLoginAttempts(db)) > 0);
    expect(await db.loginAttempt.count({ where: { email } })).toBe(0);
  });

  it("logs one line per failed login, without a stack trace, the password, the email or the IP address", async () => {
    const lines = captureConsole();
    const email = uniqueEmail("fail-log");
    await authenticate(email, "the-wrong-password-123", "203.0.113.12");
    await authenticate(email, "another-wrong-password-456", "203.0.113.12");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toMatch(/\n|\bat \w|wrong-password/);
      expect(line).not.toContain(email.split("@")[0]);
      expect(line).not.toContain("203.0.113");
    }
    // The same email and address give the same digests, so the lines can be matched up.
    expect(lines[0]).toBe(lines[1]);
    expect(lines[0]).toMatch(/^\[auth\] login refused for email [0-9a-f]{12} from address [0-9a-f]{12}: /);
  });

  it("names a known user by id, not by email", async () => {
    const user = await createTestUser("VIEWER");
    const lines = captureConsole();
    await authenticate(user.email, "the-wrong-password-123", "203.0.113.13");
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^\\[auth\\] login refused for user ${user.id} from address [0-9a-f]{12}: wrong email or password`))]);
    expect(lines[0]).not.toContain(user.email);
  });
});
