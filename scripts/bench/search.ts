// The search scenario of `npm run bench` (issue 11): adds 2,000 documents of
// 3–8 KB (English, Russian, Kazakh), 200,000 quotes from them and 2,000
// individual cases with Latin and Cyrillic spellings to the synthetic dataset,
// in SQL and deterministically (every choice is a fixed function of row
// numbers), then times, logged in as a viewer, search through the real app's
// GET /api/v1/search (a common word, a rare word, a phrase, a Cyrillic name)
// and the API's concern and status lists, each beside the same SQL run raw over pg.
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hitDetailsSql, searchSql, TAGGED_LANGUAGES_SQL, type SearchStatementInput } from "@/lib/data/search-sql";
import { CURRENT_STATUS_SQL } from "@/lib/domain/status";
import { searchConfigsFor } from "@/lib/domain/search-language";
import { parseSearchQuery } from "@/lib/domain/search-query";
import type { SearchKind } from "@/lib/domain/search-kinds";
import { ms, stats, timeIt, type CookieJar, type Stats } from "./measure";

export const SEARCH_SIZE = { documents: 2_000, quotes: 200_000, cases: 2_000 };

// Sentences the documents and quotes are made of. The rare word ("ombudsman")
// is in none of them: it is added to one quote in 997 and one document in 97.
const SENTENCES: Record<"en" | "ru" | "kk", string[]> = {
  en: [
    "The EU raised the human rights situation and the rights of persons in detention.",
    "Both sides discussed freedom of expression and the safety of journalists.",
    "The EU called for prompt and impartial investigations into allegations of torture.",
    "The EU welcomed steps taken to protect the rights of women and children.",
    "The delegations exchanged views on restrictions on peaceful assembly and association.",
    "The EU expressed concern about the use of false information charges against bloggers.",
    "Kazakhstan presented its reforms of the judiciary and of the prison system.",
    "The EU encouraged Kazakhstan to implement the recommendations of the OSCE.",
    "The sides agreed to continue the dialogue on human rights at the next round.",
    "Civil society organisations should be able to work without undue restrictions.",
    "The EU recalled the importance of the rights of religious communities.",
    "The EU raised individual cases, including that of Max Bokayev.",
    "Labour rights and the registration of trade unions were discussed.",
    "The EU underlined the rights of lesbian, gay, bisexual, trans and intersex persons.",
    "Access to information and media freedom remain areas of concern.",
    "The EU welcomed the abolition of the death penalty.",
  ],
  ru: [
    "ЕС поднял вопрос о правах человека и о правах лиц, находящихся под стражей.",
    "Стороны обсудили свободу выражения мнений и безопасность журналистов.",
    "ЕС призвал к оперативному и беспристрастному расследованию заявлений о пытках.",
    "Делегации обменялись мнениями об ограничениях права на мирные собрания.",
    "ЕС выразил обеспокоенность обвинениями блогеров в распространении ложной информации.",
    "ЕС поднял индивидуальные дела, в том числе дело Макса Бокаева.",
    "Казахстан представил реформы судебной системы и пенитенциарной системы.",
    "Стороны договорились продолжить диалог по правам человека в следующем раунде.",
    "Организации гражданского общества должны работать без излишних ограничений.",
    "ЕС приветствовал отмену смертной казни.",
  ],
  kk: [
    "ЕО адам құқықтары мен қамаудағы адамдардың құқықтары туралы мәселе көтерді.",
    "Тараптар сөз бостандығы мен журналистердің қауіпсіздігін талқылады.",
    "ЕО азаптау туралы шағымдарды жедел әрі әділ тергеуге шақырды.",
    "ЕО жеке істерді, соның ішінде Бокаевтың ісін көтерді.",
    "Тараптар келесі раундта адам құқықтары жөніндегі диалогты жалғастыруға келісті.",
    "ЕО өлім жазасының жойылуын құптады.",
  ],
};

const RARE = { en: "The ombudsman visited the colony.", ru: "Омбудсмен посетил колонию.", kk: "Омбудсмен колонияға барды." };

const literal = (text: string) => `$s$${text}$s$`;
const sentenceRows = Object.entries(SENTENCES)
  .flatMap(([lang, list]) => list.map((s, n) => `(${literal(lang)}, ${n}, ${literal(s)})`))
  .join(",\n");

// Syllables of the synthetic names, each in Latin and Cyrillic letters.
const SYLLABLES = [["ka", "ка"], ["ma", "ма"], ["bo", "бо"], ["ser", "сер"], ["tan", "тан"], ["zhan", "жан"], ["nur", "нур"], ["al", "ал"], ["dar", "дар"], ["gul", "гул"], ["er", "ер"], ["bek", "бек"]];

const STATEMENTS = [
  `CREATE TEMP TABLE bench_sentences (lang text, n int, s text, PRIMARY KEY (lang, n))`,
  `INSERT INTO bench_sentences VALUES ${sentenceRows}`,
  `CREATE TEMP TABLE bench_sentence_counts AS SELECT lang, count(*)::int AS n FROM bench_sentences GROUP BY lang`,
  `CREATE TEMP TABLE bench_syllables (n int PRIMARY KEY, lat text, cyr text)`,
  `INSERT INTO bench_syllables VALUES ${SYLLABLES.map(([lat, cyr], n) => `(${n}, '${lat}', '${cyr}')`).join(", ")}`,
  // Half English, three in ten Russian, two in ten Kazakh; 40 to 90 sentences each (3–8 KB).
  `INSERT INTO source_documents (title, publisher, published_on, language, text, updated_at)
   SELECT 'Bench search document ' || i, 'EEAS', date '1986-06-02' + (i * 7) % 14000, l.lang,
          b.body || CASE WHEN i % 97 = 0 THEN ' ' || (ARRAY[${literal(RARE.en)}, ${literal(RARE.ru)}, ${literal(RARE.kk)}])[CASE l.lang WHEN 'en' THEN 1 WHEN 'ru' THEN 2 ELSE 3 END] ELSE '' END,
          now()
     FROM generate_series(1, ${SEARCH_SIZE.documents}) i
     CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 < 5 THEN 'en' WHEN i % 10 < 8 THEN 'ru' ELSE 'kk' END AS lang) l
     JOIN bench_sentence_counts sc ON sc.lang = l.lang
     CROSS JOIN LATERAL (
       SELECT string_agg(s.s, ' ' ORDER BY j) AS body
         FROM generate_series(1, 40 + (i * 37) % 51) j
         JOIN bench_sentences s ON s.lang = l.lang AND s.n = (i * 131 + j * 71 + (i * j) % 13) % sc.n
     ) b`,
  `INSERT INTO document_rounds (document_id, round_id)
   SELECT d.id, r.id FROM source_documents d
     JOIN rounds r ON r.title = 'Bench dialogue round ' || (1 + substring(d.title FROM '\\d+$')::int % 40)
    WHERE d.title LIKE 'Bench search document %'`,
  // 200,000 quotes, each a sentence of its document's language, spread over the discussed statuses.
  `BEGIN`,
  `CREATE TEMP TABLE bench_statuses AS SELECT id, row_number() OVER (ORDER BY id)::int AS rn FROM status_assessments WHERE status <> 'NOT_RAISED'`,
  `CREATE TEMP TABLE bench_documents AS SELECT id, language, row_number() OVER (ORDER BY id)::int - 1 AS rn FROM source_documents WHERE title LIKE 'Bench search document %'`,
  `INSERT INTO status_evidence (status_id, document_id, quote)
   SELECT s.id, d.id, bs.s || CASE WHEN k % 997 = 0 THEN ' ' || (ARRAY[${literal(RARE.en)}, ${literal(RARE.ru)}, ${literal(RARE.kk)}])[CASE d.language WHEN 'en' THEN 1 WHEN 'ru' THEN 2 ELSE 3 END] ELSE '' END
     FROM generate_series(1, ${SEARCH_SIZE.quotes}) k
     JOIN bench_statuses s ON s.rn = 1 + (k * 7) % (SELECT count(*) FROM bench_statuses)
     JOIN bench_documents d ON d.rn = k % ${SEARCH_SIZE.documents}
     JOIN bench_sentence_counts sc ON sc.lang = d.language
     JOIN bench_sentences bs ON bs.lang = d.language AND bs.n = (k * 13) % sc.n`,
  `COMMIT`,
  // Cases named from syllables, with a Cyrillic spelling; one in ten sensitive.
  `INSERT INTO individual_cases (person_name, spellings, name_keys, summary, sensitive, updated_at)
   SELECT initcap(a.lat || b.lat) || ' ' || initcap(c.lat || d.lat || 'ov'),
          ARRAY[initcap(a.cyr || b.cyr) || ' ' || initcap(c.cyr || d.cyr || 'ов')],
          ARRAY[dt_name_key(a.lat || b.lat), dt_name_key(c.lat || d.lat || 'ov')],
          'Synthetic case ' || i || ', a blogger charged with spreading false information.', i % 10 = 0, now()
     FROM generate_series(1, ${SEARCH_SIZE.cases}) i
     JOIN bench_syllables a ON a.n = i % 12 JOIN bench_syllables b ON b.n = (i / 12) % 12
     JOIN bench_syllables c ON c.n = (i * 5) % 12 JOIN bench_syllables d ON d.n = (i * 7 / 12) % 12`,
  `VACUUM ANALYZE`,
];

export async function extendForSearch(client: pg.Client): Promise<{ documents: number; evidence: number; cases: number }> {
  for (const statement of STATEMENTS) await client.query(statement);
  const { rows } = await client.query<{ documents: number; evidence: number; cases: number }>(
    `SELECT (SELECT count(*) FROM source_documents)::int AS documents, (SELECT count(*) FROM status_evidence)::int AS evidence, (SELECT count(*) FROM individual_cases)::int AS cases`,
  );
  return rows[0]!;
}

/** What is searched: a word in most records, one in few, a phrase, and a name in Cyrillic. */
export const SEARCH_SCENARIOS = [
  { label: "common word", q: "rights" },
  { label: "rare word", q: "ombudsman" },
  { label: "phrase", q: '"peaceful assembly"' },
  { label: "Cyrillic name", q: "Бокаев" },
] as const;

/** `search`: the data function's own time inside the app's answer (the route's Server-Timing), when it tells. */
type Row = { scenario: string; app: Stats; sql: Stats; hits: number; search?: Stats };

/** The search page's and API's statements for one query, as lib/data/search.ts runs them, over pg. */
async function rawSearch(client: pg.Client, q: string, limit: number) {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  const { rows: languages } = await client.query<{ language: string }>(TAGGED_LANGUAGES_SQL.text);
  const configs = searchConfigsFor(languages.map((r) => r.language));
  const input: SearchStatementInput = { query: parsed.query, filters: {}, configs, seesSensitive: false };
  const run = (statement: Prisma.Sql) => client.query(statement.text, statement.values as unknown[]);
  const { rows } = await run(searchSql(input, { offset: 0, limit }));
  const byKind = new Map<SearchKind, number[]>();
  for (const row of rows as { kind: SearchKind; id: number | null; total: number | null }[]) {
    if (row.total === null) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.id!]);
  }
  await Promise.all([...byKind].map(([kind, ids]) => run(hitDetailsSql(kind, ids, input))));
  return rows;
}

export async function timeSearch({ client, base, jar, runs, log }: { client: pg.Client; base: string; jar: CookieJar; runs: number; log: (line: string) => void }) {
  let searchTimes: number[] = [];
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: jar.header() } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
    const timing = /search;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
    if (timing) searchTimes.push(Number(timing[1]));
    return JSON.parse(body) as { total?: number; items: unknown[] };
  };
  const rows: Row[] = [];
  log(`timing search (${runs} requests each after warm-up, through GET /api/v1/search, limit 20)…`);
  for (const { label, q } of SEARCH_SCENARIOS) {
    const path = `/api/v1/search?q=${encodeURIComponent(q)}&limit=20`;
    const { total } = await get(path);
    const app = await timeIt(runs, 5, () => get(path));
    const search = stats(searchTimes.slice(-runs));
    searchTimes = [];
    rows.push({ scenario: `search: ${label} (${q})`, app, sql: await timeIt(runs, 5, () => rawSearch(client, q, 20)), hits: total ?? 0, search });
  }
  log("timing the API's concern and status lists…");
  const { rows: themes } = await client.query<{ id: number }>("SELECT id FROM themes WHERE slug = 'bench-theme-01'");
  // lib/data/concerns.ts concernListWhere with a theme, as apiConcerns runs it (that module is server-only).
  const concernsRaw = async () => {
    const ids = await client.query<{ id: number }>(
      `WITH cur AS (${CURRENT_STATUS_SQL}), counts AS (SELECT concern_id, count(*)::int AS n FROM status_assessments GROUP BY concern_id)
       SELECT c.id FROM concerns c JOIN themes t ON t.id = c.theme_id LEFT JOIN rounds r ON r.id = c.first_raised_round_id
         LEFT JOIN cur ON cur.concern_id = c.id LEFT JOIN counts ON counts.concern_id = c.id
        WHERE c.merged_into_id IS NULL AND c.theme_id = $1 ORDER BY c.id LIMIT 51`,
      [themes[0]!.id],
    );
    const list = ids.rows.map((r) => r.id);
    await client.query(
      `SELECT c.id, c.title, c.description, c.legal_references, t.id, t.slug, t.name, r.id, r.title
         FROM concerns c JOIN themes t ON t.id = c.theme_id LEFT JOIN rounds r ON r.id = c.first_raised_round_id WHERE c.id = ANY($1) ORDER BY c.id`,
      [list],
    );
    await client.query(`SELECT sa.concern_id, sa.status FROM status_assessments sa JOIN rounds r ON r.id = sa.round_id WHERE sa.concern_id = ANY($1) ORDER BY r.start_date, r.id`, [list]);
  };
  const statusesRaw = async () => {
    const { rows: statuses } = await client.query<{ id: number }>(
      `SELECT s.id, s.concern_id, s.round_id, s.status, s.note, s.updated_at FROM status_assessments s JOIN concerns c ON c.id = s.concern_id
        WHERE c.merged_into_id IS NULL AND c.theme_id = $1 ORDER BY s.id LIMIT 51`,
      [themes[0]!.id],
    );
    await client.query(
      `SELECT e.id, e.status_id, e.quote, e.translation, e.document_id, d.language FROM status_evidence e JOIN source_documents d ON d.id = e.document_id WHERE e.status_id = ANY($1) ORDER BY e.id`,
      [statuses.map((s) => s.id)],
    );
  };
  const lists = [
    { scenario: `GET /api/v1/concerns?theme=<largest>`, path: `/api/v1/concerns?theme=${themes[0]!.id}`, raw: concernsRaw },
    { scenario: `GET /api/v1/statuses?theme=<largest>`, path: `/api/v1/statuses?theme=${themes[0]!.id}`, raw: statusesRaw },
  ];
  for (const list of lists) {
    const { items } = await get(list.path);
    rows.push({ scenario: list.scenario, app: await timeIt(runs, 5, () => get(list.path)), sql: await timeIt(runs, 5, list.raw), hits: items.length });
  }
  return rows;
}

export function reportSearch(rows: Row[]) {
  console.log("");
  console.table(
    rows.map((r) => ({
      scenario: r.scenario,
      "app p50": ms(r.app.p50),
      "app p95": ms(r.app.p95),
      "SQL p50": ms(r.sql.p50),
      "SQL p95": ms(r.sql.p95),
      "app ÷ SQL (p95)": (r.app.p95 / r.sql.p95).toFixed(2),
      "of app: search() p50": r.search ? ms(r.search.p50) : "",
      "hits / items": r.hits,
    })),
  );
  for (const r of rows) {
    const search = r.scenario.startsWith("search");
    const met = r.app.p95 <= 100 && (!search || r.app.p95 <= 1.5 * r.sql.p95);
    console.log(`${met ? "MET   " : "MISSED"} ${r.scenario}: p95 ≤ 100 ms${search ? " and ≤ 1.5 × raw SQL p95" : ""}`);
  }
}
