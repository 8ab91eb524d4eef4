// PostgreSQL goes away and comes back: saves keep the form and say so, the API
// answers 503 problem details, pages get the outage digest instead of a
// redirect to the login page, and nothing half-saved remains. On a server of
// its own, since stopping the shared one would break every other test.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getStatusQuote } from "@/app/api/v1/statuses/[id]/route";
import { createConcern } from "@/lib/actions/concerns";
import { initialActionState } from "@/lib/action-state";
import { generateApiToken } from "@/lib/auth/api-tokens";
import { requirePageUser } from "@/lib/auth/authorized";
import { getCurrentUser } from "@/lib/auth/session";
import {
  DATABASE_UNREACHABLE_DIGEST,
  DATABASE_UNREACHABLE_MESSAGE,
  DATABASE_UNREACHABLE_READ_MESSAGE,
} from "@/lib/database/outage";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrations";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";
import { db } from "@/lib/db";
import { createAppServer } from "@/scripts/lib/app-server";
import { actAs, formData, unique, uniqueEmail } from "@/test/integration/helpers";

let parent = "";
let options: Parameters<typeof startEmbeddedPostgres>[0];
let server: EmbeddedDatabase | null = null;
let analystEmail = "";
let themeId = 0;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "outage-"));
  await chmod(parent, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the folder
  options = { dataDir: path.join(parent, "postgres"), port: await freePort(), database: "outage", persistent: true };
  server = await startEmbeddedPostgres(options);
  await migrate(server.url, { log: () => {} });
  // lib/db reads DATABASE_URL on first use, which is after this line in this file.
  process.env.DATABASE_URL = server.url;
  analystEmail = uniqueEmail("outage analyst");
  await db.user.create({ data: { email: analystEmail, name: "Outage Analyst", role: "ANALYST", passwordHash: "not used: actAs() opens the session" } });
  themeId = (await db.theme.create({ data: { slug: "outage", name: "Outage" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  await server?.stop();
  await rm(parent, { recursive: true, force: true });
});

async function stop() {
  await server?.stop();
  server = null;
}

async function restart() {
  server = await startEmbeddedPostgres(options);
}

const concernForm = (title: string) => formData({ title, themeId, description: "Typed during the outage.", legalReferences: "Criminal Code Art. 274" });
const getQuote = (id: string, headers: Record<string, string> = {}) =>
  getStatusQuote(new Request(`http://localhost/api/v1/statuses/${id}`, { headers }), { params: Promise.resolve({ id }) });

describe("while the database is stopped", () => {
  it("a save keeps what was typed and says nothing was saved; the same save works once the database is back", async () => {
    await actAs(analystEmail);
    const title = unique("Concern typed during an outage");
    await stop();
    try {
      const refused = await createConcern(initialActionState, concernForm(title));
      expect(refused).toMatchObject({
        ok: false,
        message: DATABASE_UNREACHABLE_MESSAGE,
        values: { title, themeId: String(themeId), description: "Typed during the outage.", legalReferences: "Criminal Code Art. 274" },
      });
      expect(refused.fieldErrors).toBeUndefined();
    } finally {
      await restart();
    }
    // The pool drops its dead connections and opens new ones.
    expect(await createConcern(initialActionState, concernForm(title))).toMatchObject({ ok: true, message: "Concern created." });
    expect(await db.concern.count({ where: { title } })).toBe(1);
  });

  it("the API answers 503 with problem details and a Retry-After, not a 500 with an empty body", async () => {
    await actAs(analystEmail);
    await stop();
    try {
      const response = await getQuote("1");
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.json()).toEqual({ type: "about:blank", title: "Service unavailable", status: 503, detail: DATABASE_UNREACHABLE_READ_MESSAGE, code: "DATABASE_UNAVAILABLE" });
      // A program's API token cannot be checked either: the same answer, not a 401.
      const program = await getQuote("1", { authorization: `Bearer ${generateApiToken()}` });
      expect(program.status).toBe(503);
      expect(program.headers.get("content-type")).toBe("application/problem+json");
    } finally {
      await restart();
    }
    expect((await getQuote("999999999")).status).toBe(404);
  });

  it("a page neither logs the user out nor sends them to the login page: it fails with the outage digest", async () => {
    await actAs(analystEmail);
    await stop();
    try {
      await expect(getCurrentUser()).rejects.toMatchObject({ digest: DATABASE_UNREACHABLE_DIGEST });
      await expect(requirePageUser("VIEWER")).rejects.toMatchObject({ digest: DATABASE_UNREACHABLE_DIGEST });
      await expect(db.round.findMany({ select: { id: true } })).rejects.toMatchObject({ digest: DATABASE_UNREACHABLE_DIGEST });
    } finally {
      await restart();
    }
    await expect(requirePageUser("VIEWER")).resolves.toMatchObject({ email: analystEmail });
  });
});

describe("the production server (scripts/serve.ts)", () => {
  // Stands in for Next rendering a page: it reads the database, and on an error
  // answers 500 with the error page, as Next does when a page fails before streaming.
  async function pageServer(read: () => Promise<unknown>): Promise<{ server: Server; url: string }> {
    const server = createAppServer(async (_request, response) => {
      try {
        await read();
        response.end("the page");
      } catch {
        response.writeHead(500, { "content-type": "text/html" });
        response.end("the error page");
      }
    }, parseTrustedProxies(undefined));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  }

  it("answers a page that failed on the outage with 503 and a Retry-After; other failures stay 500", async () => {
    const outage = await pageServer(() => db.round.findMany({ select: { id: true } }));
    const bug = await pageServer(async () => {
      throw new Error("a bug, not an outage");
    });
    try {
      expect((await fetch(outage.url)).status).toBe(200);
      await stop();
      try {
        const response = await fetch(outage.url);
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await response.text()).toBe("the error page");
        expect((await fetch(bug.url)).status).toBe(500);
      } finally {
        await restart();
      }
      expect((await fetch(outage.url)).status).toBe(200);
    } finally {
      await new Promise((resolve) => outage.server.close(resolve));
      await new Promise((resolve) => bug.server.close(resolve));
    }
  });
});

describe("when the database ends the connection in the middle of a save", () => {
  it("the save is rolled back, the form keeps what was typed and says nothing was saved", async () => {
    await actAs(analystEmail);
    const title = unique("Concern half saved");
    // Holds the audit table, so the save inserts its concern and then waits for the audit row.
    const admin = new pg.Client({ connectionString: server!.url });
    await admin.connect();
    try {
      await admin.query("BEGIN");
      await admin.query("LOCK TABLE audit_events IN ACCESS EXCLUSIVE MODE");
      const saving = createConcern(initialActionState, concernForm(title));
      let pid = 0;
      for (let waited = 0; !pid; waited += 50) {
        if (waited > 10_000) throw new Error("the save never reached the audit insert");
        await new Promise((resolve) => setTimeout(resolve, 50));
        const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_locks WHERE NOT granted AND relation = 'audit_events'::regclass");
        pid = rows[0]?.pid ?? 0;
      }
      // What a shutdown does to each connection (admin_shutdown), here to the save's
      // alone: stopping the whole server could let it take the lock and commit first.
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      expect(await saving).toMatchObject({ ok: false, message: DATABASE_UNREACHABLE_MESSAGE, values: { title } });
    } finally {
      await admin.query("ROLLBACK");
      await admin.end();
    }
    expect(await db.concern.count({ where: { title } })).toBe(0);
  });
});
