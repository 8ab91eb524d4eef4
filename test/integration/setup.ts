// Runs before each integration test file: points lib/db at the test database and
// replaces only the next-auth session lookup, so the real user-row checks in
// lib/auth/session.ts (disabled, role, session age) still run.
import { inject, vi } from "vitest";
import { sessionState } from "@/test/integration/session-state";

process.env.DATABASE_URL = inject("databaseUrl");

vi.mock("@/lib/auth/next-auth", () => ({
  SESSION_MAX_AGE_SECONDS: 8 * 60 * 60,
  auth: async () => sessionState.current,
  readSession: async () => sessionState.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: { GET: vi.fn(), POST: vi.fn() },
}));

// Cache invalidation needs a running Next server; the writes themselves are what we test.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
