// The migration that moved each status's single quote into status_evidence,
// run on a copy of the demo data as it was stored before: nothing may be lost.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readLocalMigrations } from "@/lib/database/migrations";
import { concerns, documents, rounds, themes } from "@/prisma/seed/data";
import { corpusText } from "@/prisma/seed/seed";
import { createDatabaseOn } from "@/test/support/test-database";

const EVIDENCE_MIGRATION = "20261125110000_status_evidence";
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A copy of the migrations folder with only those before `name`. */
async function migrationsBefore(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-before-"));
  dirs.push(dir);
  for (const m of await readLocalMigrations()) {
    if (m.name < name) await cp(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name), { recursive: true });
  }
  await cp(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  return dir;
}

/** The demo dataset written the old way: one quote and document per status row. */
async function seedOldShape(client: pg.Client) {
  const id = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(`${sql} RETURNING id`, values)).rows[0]!.id;
  const themeIds = new Map<string, number>();
  for (const t of themes) themeIds.set(t.key, await id(`INSERT INTO themes (slug, name, updated_at) VALUES ($1, $2, now())`, [t.key, t.name]));
  const roundIds = new Map<string, number>();
  for (const r of rounds) {
    roundIds.set(r.key, await id(`INSERT INTO rounds (kind, title, start_date, updated_at) VALUES ($1, $2, $3, now())`, [r.kind, r.title, r.startDate]));
  }
  const documentIds = new Map<string, number>();
  for (const d of documents) {
    const documentId = await id(`INSERT INTO source_documents (title, publisher, published_on, language, text, updated_at) VALUES ($1, $2, $3, $4, $5, now())`, [
      d.title, d.publisher, d.publishedOn, d.language, corpusText(d.file),
    ]);
    documentIds.set(d.key, documentId);
    for (const key of d.roundKeys) await client.query(`INSERT INTO document_rounds (document_id, round_id) VALUES ($1, $2)`, [documentId, roundIds.get(key)]);
  }
  for (const c of concerns) {
    const concernId = await id(`INSERT INTO concerns (title, theme_id, updated_at) VALUES ($1, $2, now())`, [c.title, themeIds.get(c.themeKey)]);
    for (const s of c.statuses) {
      await client.query(
        `INSERT INTO status_assessments (concern_id, round_id, status, quote, document_id, note, version, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 3, now())`,
        [concernId, roundIds.get(s.roundKey), s.status, s.quote, documentIds.get(s.documentKey), s.note],
      );
    }
    // An explicit "not raised" with nothing to quote, as analysts record them.
    const unused = rounds.find((r) => !c.statuses.some((s) => s.roundKey === r.key))!;
    await client.query(`INSERT INTO status_assessments (concern_id, round_id, status, updated_at) VALUES ($1, $2, 'NOT_RAISED', now())`, [concernId, roundIds.get(unused.key)]);
  }
}

const STATUS_ROWS = `SELECT s.id, c.title AS concern, r.title AS round, s.status::text, s.note, s.version, s.created_at FROM status_assessments s
  JOIN concerns c ON c.id = s.concern_id JOIN rounds r ON r.id = s.round_id ORDER BY s.id`;

describe(`migration ${EVIDENCE_MIGRATION}`, () => {
  it("moves every quote of the seeded data to status_evidence, with its document, and keeps every status as it was", async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "evidence_migration");
    await migrate(url, { dir: await migrationsBefore(EVIDENCE_MIGRATION) });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await seedOldShape(client);
      const quotesBefore = (await client.query(`SELECT id AS status_id, document_id, quote, created_at FROM status_assessments WHERE quote IS NOT NULL ORDER BY id`)).rows;
      const statusesBefore = (await client.query(STATUS_ROWS)).rows;
      expect(quotesBefore.length).toBe(concerns.reduce((n, c) => n + c.statuses.length, 0));

      expect(await migrate(url)).toContain(EVIDENCE_MIGRATION);

      const quotesAfter = (await client.query(`SELECT status_id, document_id, quote, created_at FROM status_evidence ORDER BY status_id`)).rows;
      expect(quotesAfter).toEqual(quotesBefore);
      expect((await client.query(STATUS_ROWS)).rows).toEqual(statusesBefore);
      expect((await client.query(`SELECT count(*)::int AS n FROM status_evidence WHERE translation <> ''`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("refuses to run, changing nothing, when a status has a quote without its document", async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "evidence_migration_orphan");
    await migrate(url, { dir: await migrationsBefore(EVIDENCE_MIGRATION) });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const theme = (await client.query(`INSERT INTO themes (slug, name, updated_at) VALUES ('t', 'T', now()) RETURNING id`)).rows[0].id;
      const round = (await client.query(`INSERT INTO rounds (kind, title, start_date, updated_at) VALUES ('OTHER_ENGAGEMENT', 'R', '2020-01-01', now()) RETURNING id`)).rows[0].id;
      const concern = (await client.query(`INSERT INTO concerns (title, theme_id, updated_at) VALUES ('C', $1, now()) RETURNING id`, [theme])).rows[0].id;
      await client.query(`INSERT INTO status_assessments (concern_id, round_id, status, quote, updated_at) VALUES ($1, $2, 'NOT_RAISED', 'A quote with no document', now())`, [concern, round]);
      await expect(migrate(url)).rejects.toThrow(/quote without its document/);
      expect((await client.query(`SELECT quote FROM status_assessments`)).rows).toEqual([{ quote: "A quote with no document" }]);
    } finally {
      await client.end();
    }
  });
});
