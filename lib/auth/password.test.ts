import { describe, expect, it } from "vitest";
import { generateOneTimePassword, hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/auth/password";

describe("generateOneTimePassword", () => {
  it("is long enough for the password rules and different every time", () => {
    const passwords = new Set(Array.from({ length: 50 }, generateOneTimePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password.length).toBeGreaterThanOrEqual(Math.max(16, PASSWORD_MIN_LENGTH));
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
    }
  });
});

describe("hashPassword", () => {
  it("produces an argon2id hash that verifies only the same password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
  });
});
