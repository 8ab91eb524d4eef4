import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueEmail } from "@/test/integration/helpers";
import { DEV_SERVE_ARGS, nextEnv } from "@/scripts/lib/next-bin";

// `npm run dev` as scripts/dev.ts starts it (its own database aside): a failed
// login through next-auth's real endpoint, from a client that claims another
// address in X-Forwarded-For. client-address.test.ts covers the server's rule;
// this checks the development server goes through it too.
let server: ChildProcess | undefined;
const email = uniqueEmail("dev-spoof");

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await db.loginAttempt.deleteMany({ where: { email } });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startDevServer(): Promise<string> {
  const port = await freePort();
  server = spawn(process.execPath, [...DEV_SERVE_ARGS, "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: nextEnv({
      NODE_ENV: "development",
      DATABASE_URL: inject("databaseUrl"),
      AUTH_SECRET: "dev-client-address-test-secret-0123456789",
      AUTH_TRUST_HOST: "true",
      // Not .next: a developer's own `npm run dev` may be using it.
      NEXT_DIST_DIR: ".next-test-dev",
    }),
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/^Ready on/m.test(output)) resolve();
    });
    server!.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    server!.once("exit", (code) => reject(new Error(`the dev server exited (${code}):\n${output}`)));
  });
  return `http://127.0.0.1:${port}`;
}

describe("npm run dev", () => {
  it("counts a failed login against the socket's address, not the one a client claims in X-Forwarded-For", { timeout: 300_000 }, async () => {
    const base = await startDevServer();
    const csrf = await fetch(`${base}/api/auth/csrf`);
    expect(csrf.status).toBe(200);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const login = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "198.51.100.99", "x-real-ip": "198.51.100.98" },
      body: new URLSearchParams({ email, password: "wrong-password-123", csrfToken }),
      redirect: "manual",
    });
    expect(login.status).toBe(302);
    const attempts = await db.loginAttempt.findMany({ where: { email }, select: { ip: true, success: true } });
    expect(attempts).toEqual([{ ip: "127.0.0.1", success: false }]);
  });
});
