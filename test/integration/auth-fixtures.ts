import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { unique } from "@/test/integration/helpers";

export const TEST_PASSWORD = "a-long-test-password";

/** A fresh account of its own, so tests that lock, disable or demote users never touch the demo ones. */
export async function createTestUser(role: Role, password = TEST_PASSWORD) {
  const label = unique(role.toLowerCase()).replace(/\s+/g, "-");
  return db.user.create({
    data: { email: `${label}@test.example.org`, name: `Test ${label}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true, version: true, passwordChangedAt: true },
  });
}
