// The benchmark's synthetic dataset: 40 dialogue rounds, 12 themes, 5,000
// concerns and about 190,000 status assessments, generated in SQL with
// generate_series (seconds, not minutes) and fully deterministic: every status
// is a fixed function of the concern and round numbers.
import type pg from "pg";

export const BENCH_SIZE = { rounds: 40, themes: 12, concerns: 5_000, largestThemeConcerns: 1_000 };

const STATEMENTS = [
  `INSERT INTO themes (slug, name, description, sort_order, updated_at)
   SELECT 'bench-theme-' || lpad(t::text, 2, '0'), 'Bench theme ' || lpad(t::text, 2, '0'), 'Synthetic theme for the benchmark.', t, now()
     FROM generate_series(1, ${BENCH_SIZE.themes}) t`,
  `INSERT INTO rounds (kind, number, title, start_date, place, summary, updated_at)
   SELECT 'HUMAN_RIGHTS_DIALOGUE', n, 'Bench dialogue round ' || n, make_date(1985 + n, 6, 1), 'Brussels', '', now()
     FROM generate_series(1, ${BENCH_SIZE.rounds}) n`,
  `INSERT INTO source_documents (title, publisher, published_on, text, updated_at)
   SELECT 'Bench press release ' || r.number, 'EEAS', r.start_date + 1, 'Synthetic text.', now()
     FROM rounds r WHERE r.title LIKE 'Bench dialogue round %'`,
  `INSERT INTO document_rounds (document_id, round_id)
   SELECT d.id, r.id FROM rounds r JOIN source_documents d ON d.title = 'Bench press release ' || r.number
    WHERE r.title LIKE 'Bench dialogue round %'`,
  // One theme is much larger than the others: the page the goals are about.
  `INSERT INTO concerns (title, description, theme_id, updated_at)
   SELECT 'Bench concern ' || lpad(i::text, 4, '0'), '', t.id, now()
     FROM generate_series(1, ${BENCH_SIZE.concerns}) i
     JOIN themes t ON t.slug = 'bench-theme-' || lpad((CASE WHEN i <= ${BENCH_SIZE.largestThemeConcerns} THEN 1 ELSE 2 + i % ${BENCH_SIZE.themes - 1} END)::text, 2, '0')`,
  // Each concern is first raised at round 1 or 2 and assessed at every later
  // round except a 2.5 % scatter of gaps; statuses follow a fixed hash. A
  // discussed status must have evidence by commit, so both go in one transaction.
  `BEGIN`,
  `INSERT INTO status_assessments (concern_id, round_id, status, updated_at)
   SELECT c.id, r.id, s.status::"Status", now()
     FROM concerns c
     CROSS JOIN LATERAL (SELECT substring(c.title FROM '\\d+$')::int AS i) k
     JOIN rounds r ON r.title LIKE 'Bench dialogue round %' AND r.number >= 1 + k.i % 2
     CROSS JOIN LATERAL (
       SELECT CASE
         WHEN r.number = 1 + k.i % 2 THEN 'RAISED'
         ELSE (CASE WHEN h < 30 THEN 'NO_PROGRESS' WHEN h < 50 THEN 'IN_PROGRESS' WHEN h < 58 THEN 'RESOLVED'
                    WHEN h < 66 THEN 'REGRESSED' WHEN h < 80 THEN 'NOT_RAISED' ELSE 'RAISED' END)
       END AS status
         FROM (SELECT (k.i * 31 + r.number * 17 + (k.i * r.number) % 7) % 100 AS h) hh
     ) s
    WHERE c.title LIKE 'Bench concern %'
      AND (k.i * 7 + r.number * 13) % 40 <> 0`,
  `INSERT INTO status_evidence (status_id, document_id, quote)
   SELECT sa.id, d.id,
          'The EU reiterated its concern about ' || c.title || ' at round ' || r.number || ' and called for further steps in line with international standards.'
     FROM status_assessments sa
     JOIN concerns c ON c.id = sa.concern_id
     JOIN rounds r ON r.id = sa.round_id
     JOIN source_documents d ON d.title = 'Bench press release ' || r.number
    WHERE c.title LIKE 'Bench concern %' AND sa.status <> 'NOT_RAISED'`,
  `COMMIT`,
  // VACUUM as autovacuum would have long since done on a real database: it
  // sets the visibility map that index-only scans rely on.
  `VACUUM ANALYZE`,
];

export async function generateDataset(client: pg.Client): Promise<{ assessments: number; largestThemeSlug: string }> {
  for (const statement of STATEMENTS) await client.query(statement);
  const { rows: counted } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM status_assessments");
  const { rows: largest } = await client.query<{ slug: string }>(
    `SELECT t.slug FROM themes t JOIN concerns c ON c.theme_id = t.id GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1`,
  );
  return { assessments: counted[0]!.n, largestThemeSlug: largest[0]!.slug };
}
