import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres } from "@/lib/database/embedded";

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a stop and a new start on the same folder", async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "embedded-reuse-"));
    await chmod(parent, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the folder
    const dataDir = path.join(parent, "postgres");
    const options = { dataDir, port: await freePort(), database: "reuse", persistent: true };
    try {
      const first = await startEmbeddedPostgres(options);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('added in the first run')");
      await client.end();
      await first.stop();

      const second = await startEmbeddedPostgres(options);
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      const { rows } = await again.query<{ note: string }>("SELECT note FROM kept");
      await again.end();
      await second.stop();
      expect(rows).toEqual([{ note: "added in the first run" }]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

describe("a second command on the same embedded data folder", () => {
  it("is refused with a plain message while the first one runs", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "embedded-lock-"));
    // This test process stands in for a running `npm run dev`.
    writeFileSync(path.join(dataDir, "running.lock"), `${process.pid}\nnpm run dev\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, DIALOGUE_TRACKER_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const result = spawnSync("npx", ["tsx", "scripts/migrate.ts"], { env, encoding: "utf8", timeout: 60_000 });
    await rm(dataDir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`already in use by npm run dev (process ${process.pid})`);
  });
});

describe("npm start", () => {
  it("refuses to start without DATABASE_URL and AUTH_SECRET, saying which are missing", () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    delete env.AUTH_SECRET;
    const result = spawnSync("npx", ["tsx", "scripts/start.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL and AUTH_SECRET are not set");
  });
});
