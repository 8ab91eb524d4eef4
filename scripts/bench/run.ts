// `npm run bench`: builds and serves the app on a throwaway database holding a
// synthetic dataset (dataset.ts), then measures, logged in as a viewer:
//   - server response time of /dashboard and of the largest theme page (p50, p95);
//   - the same pages' SQL statements run directly over pg, and the ratio page ÷ SQL;
//   - the first-load JavaScript of each dashboard route beyond the /login baseline.
//   - suggesting concerns for passages in several languages (5,000 concerns,
//     about 200,000 evidence rows, 15,000 aliases): the data function's call
//     through Prisma and the same statement over pg (suggestion-dataset.ts).
//   - search (search.ts): 2,000 documents, 200,000 more quotes and 2,000 cases added, then
//     GET /api/v1/search and the API's concern and status lists beside their SQL.
//   - saves under load: 1, 20 and 50 logged-in analysts recording statuses through
//     the status form's server action, beside the same transaction over pg (writes.ts).
//   - the briefing for every theme, as Word and as PDF (briefing.ts).
// BENCH_RUNS (default 40), BENCH_PORT (default 3155), BENCH_SKIP_BUILD=1 to reuse .next-bench,
// BENCH_ONLY=suggestions to time the suggestions alone (no build, no app), BENCH_ONLY=writes the saves alone,
// BENCH_ONLY=briefing the briefing alone, BENCH_ONLY=search the search and API lists alone,
// BENCH_ONLY=pages the dashboard pages alone (no suggestions, saves, briefing or search).
// BENCH_HTML_DIR=dir saves both pages' HTML there.
import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { suggestionKeys, suggestionSql, type SuggestionRow } from "@/lib/data/suggestions-sql";
import { buildReasons } from "@/lib/domain/suggestions";
import { changesSql, longestOpenSql, matrixSql, mixByRoundSql, overviewSql } from "@/lib/data/dashboard-sql";
import { migrate } from "@/lib/database/migrations";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { startTestDatabaseServer } from "@/test/support/test-database";
import { BENCH_SIZE, generateDataset } from "./dataset";
import { BENCH_PASSAGES, extendForSuggestions } from "./suggestion-dataset";
import { gzipSize, kb, logIn, ms, scriptUrls, timeIt, type Stats } from "./measure";
import { reportWrites, timeWrites } from "./writes";
import { reportBriefing, timeBriefing } from "./briefing";
import { extendForSearch, reportSearch, SEARCH_SIZE, timeSearch } from "./search";
import { NEXT_BIN, nextEnv } from "../lib/next-bin";
import { startProductionServer, waitForServer } from "../lib/production-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PORT = process.env.BENCH_PORT ?? "3155";
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = ".next-bench";
const ONLY = process.env.BENCH_ONLY;
const VIEWER = { email: "bench-viewer@example.org", password: "bench-viewer-password" };

const log = (line: string) => console.log(`[bench] ${line}`);
const server = await startTestDatabaseServer();
const running: { app: ChildProcess | null } = { app: null };

async function main() {
  // The dataset goes in as the owner; the app and its data functions connect as the app role.
  const { url, migrationUrl } = await server.createDatabase("dialogue_tracker_bench");
  await migrate(migrationUrl, { appUrl: url });
  const client = new pg.Client({ connectionString: migrationUrl });
  await client.connect();
  // When a step fails, the database is stopped under this client: report that, not crash over the real error.
  client.on("error", (error) => log(`database connection closed: ${error.message}`));
  await client.query(`INSERT INTO users (email, name, password_hash, role, updated_at) VALUES ($1, 'Bench viewer', $2, 'VIEWER', now())`, [
    VIEWER.email,
    await hashPassword(VIEWER.password),
  ]);
  let start = performance.now();
  const { assessments, largestThemeSlug } = await generateDataset(client);
  log(`dataset: ${BENCH_SIZE.rounds} rounds, ${BENCH_SIZE.themes} themes, ${BENCH_SIZE.concerns} concerns, ${assessments} status assessments (${ms(performance.now() - start)})`);
  let suggestions: Awaited<ReturnType<typeof timeSuggestions>> | null = null;
  if (ONLY !== "writes" && ONLY !== "briefing" && ONLY !== "pages") {
    start = performance.now();
    const { evidence, aliases } = await extendForSuggestions(client);
    log(`suggestion data: ${evidence} evidence rows, ${aliases} aliases (${ms(performance.now() - start)})`);
    if (ONLY !== "search") suggestions = await timeSuggestions(url, client);
  }
  if (ONLY === "suggestions") {
    reportSuggestions(suggestions!);
    await client.end();
    return;
  }

  const env = nextEnv({ NEXT_DIST_DIR: DIST });
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("building the app…");
    start = performance.now();
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: ["ignore", "ignore", "inherit"], env });
    if (build.status !== 0) throw new Error("next build failed");
    log(`built in ${ms(performance.now() - start)}`);
  }
  // BENCH_CPU_PROF=dir: the app server writes a V8 CPU profile there when it stops (scripts/bench/profile-top.ts reads it).
  const nodeArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  running.app = startProductionServer({ port: PORT, databaseUrl: url, env, stdio: ["ignore", "ignore", "inherit"], nodeArgs });
  await waitForServer(BASE);

  if (ONLY === "writes") {
    reportWrites(await timeWrites({ client, url, base: BASE, distDir: DIST, appPid: running.app.pid, runs: RUNS, log }));
    await client.end();
    return;
  }
  if (ONLY === "search") {
    reportSearch(await searchScenario(client));
    await client.end();
    return;
  }

  const jar = await logIn(BASE, VIEWER);
  if (ONLY === "briefing") {
    reportBriefing(await timeBriefing({ base: BASE, cookie: jar.header(), client, log }));
    await client.end();
    return;
  }
  const themePath = `/themes/${largestThemeSlug}`;
  const get = async (path: string) => {
    const response = await fetch(`${BASE}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return body;
  };
  const dashboardHtml = await get("/dashboard");
  const themeHtml = await get(themePath);
  if (!themeHtml.includes("Bench concern")) throw new Error("the theme page does not show the synthetic concerns");
  if (process.env.BENCH_HTML_DIR) {
    mkdirSync(process.env.BENCH_HTML_DIR, { recursive: true });
    writeFileSync(`${process.env.BENCH_HTML_DIR}/dashboard.html`, dashboardHtml);
    writeFileSync(`${process.env.BENCH_HTML_DIR}/theme.html`, themeHtml);
  }

  log(`timing pages (${RUNS} requests each, one at a time)…`);
  const page = { dashboard: await timeIt(RUNS, 3, () => get("/dashboard")), theme: await timeIt(RUNS, 3, () => get(themePath)) };

  log("timing the same SQL over pg…");
  const { filters } = parseDashboardFilters({});
  const { rows } = await client.query<{ id: number }>("SELECT id FROM themes WHERE slug = $1", [largestThemeSlug]);
  const themeId = rows[0]!.id;
  const run = (statement: Prisma.Sql) => client.query(statement.text, statement.values as unknown[]);
  const roundsSql = `SELECT id, title, kind, number, start_date FROM rounds WHERE kind = ANY($1::"RoundKind"[]) ORDER BY start_date, id`;
  const sql = {
    dashboard: await timeIt(RUNS, 3, async () => {
      await client.query("SELECT id, slug, name, description FROM themes ORDER BY sort_order, name");
      await client.query(roundsSql, [filters.kinds]);
      await run(overviewSql(filters));
    }),
    theme: await timeIt(RUNS, 3, async () => {
      await client.query("SELECT id, slug, name, description FROM themes WHERE slug = $1", [largestThemeSlug]);
      await client.query(roundsSql, [filters.kinds]);
      await run(matrixSql(themeId, filters, 25, 0));
      await run(mixByRoundSql(themeId, filters));
      await run(changesSql(themeId, filters));
      await run(longestOpenSql(themeId, filters, 10));
    }),
  };
  // Every view but the default one has the ratio goal: the dashboard comparing two
  // earlier rounds (read on the fly, not from the summaries) stands for them.
  const { rows: inView } = await client.query<{ id: number }>(roundsSql, [filters.kinds]);
  const compareFilters = { ...filters, at: inView[19]!.id, against: inView[9]!.id };
  const comparePath = `/dashboard?at=${compareFilters.at}&against=${compareFilters.against}`;
  if (!(await get(comparePath)).includes("Bench theme")) throw new Error("the compare view does not show the synthetic themes");
  const compare = {
    page: await timeIt(RUNS, 3, () => get(comparePath)),
    sql: await timeIt(RUNS, 3, async () => {
      await client.query("SELECT id, slug, name, description FROM themes ORDER BY sort_order, name");
      await client.query(roundsSql, [filters.kinds]);
      await run(overviewSql(compareFilters));
    }),
  };
  const pagesOnly = ONLY === "pages";
  const writes = pagesOnly ? null : await timeWrites({ client, url, base: BASE, distDir: DIST, appPid: running.app.pid, runs: RUNS, log });
  const briefing = pagesOnly ? null : await timeBriefing({ base: BASE, cookie: jar.header(), client, log });
  const searchRows = pagesOnly ? null : await searchScenario(client);
  await client.end();

  log("measuring first-load JavaScript…");
  const loginHtml = await (await fetch(`${BASE}/login`)).text();
  const baseline = new Set(scriptUrls(loginHtml));
  const js = async (html: string) => {
    const urls = scriptUrls(html);
    let total = 0;
    let extra = 0;
    for (const url of urls) {
      const size = await gzipSize(BASE, url, jar.header());
      total += size;
      if (!baseline.has(url)) extra += size;
    }
    return { total, extra, chunks: urls.length };
  };
  const baselineJs = await js(loginHtml);
  const sizes = { dashboard: await js(dashboardHtml), theme: await js(themeHtml) };

  report(page, sql, sizes, baselineJs.total, { dashboard: Buffer.byteLength(dashboardHtml), theme: Buffer.byteLength(themeHtml) }, themePath);
  reportCompare(comparePath, compare);
  if (suggestions) reportSuggestions(suggestions);
  if (writes) reportWrites(writes);
  if (briefing) reportBriefing(briefing);
  if (searchRows) reportSearch(searchRows);
}

async function searchScenario(client: pg.Client) {
  const start = performance.now();
  const added = await extendForSearch(client);
  log(`search data: ${SEARCH_SIZE.documents} documents, ${SEARCH_SIZE.quotes} quotes and ${SEARCH_SIZE.cases} cases added; now ${added.documents} documents, ${added.evidence} evidence rows (${ms(performance.now() - start)})`);
  return timeSearch({ client, base: BASE, jar: await logIn(BASE, VIEWER), runs: Math.min(RUNS, 30), log });
}

/** One suggestion per run, cycling through passages in English, Russian, Kazakh and Italian. */
async function timeSuggestions(url: string, client: pg.Client) {
  log(`timing suggestions (${RUNS} calls, passages in ${[...new Set(BENCH_PASSAGES.map((p) => p.language))].join("/")})…`);
  const { rows } = await client.query<{ id: number }>("SELECT id FROM rounds WHERE title LIKE 'Bench dialogue round %' ORDER BY number DESC LIMIT 1");
  const roundId = rows[0]!.id;
  const inputs = BENCH_PASSAGES.map((p) => suggestionKeys({ ...p, roundId })!);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  let call = 0;
  let sqlCall = 0;
  const next = () => inputs[call++ % inputs.length]!;
  try {
    const viaPrisma = await timeIt(RUNS, 6, async () => {
      const input = next();
      const found = await prisma.$queryRaw<SuggestionRow[]>(suggestionSql(input));
      return found.map((row) => buildReasons({ ...row, aliases: row.aliases ?? [], names: input.names }));
    });
    const viaPg = await timeIt(RUNS, 6, () => {
      const statement = suggestionSql(inputs[sqlCall++ % inputs.length]!);
      return client.query(statement.text, statement.values as unknown[]);
    });
    return { viaPrisma, viaPg, sql: suggestionSql(inputs[0]!).text };
  } finally {
    await prisma.$disconnect();
  }
}

function reportCompare(path: string, { page, sql }: { page: Stats; sql: Stats }) {
  console.log("");
  console.table([{ view: path, "page p50": ms(page.p50), "page p95": ms(page.p95), "SQL p50": ms(sql.p50), "SQL p95": ms(sql.p95), "page ÷ SQL (p95)": (page.p95 / sql.p95).toFixed(2) }]);
  console.log(`${page.p95 <= 1.5 * sql.p95 ? "MET   " : "MISSED"} dashboard comparing two earlier rounds: p95 ≤ 1.5 × its SQL p95`);
}

function reportSuggestions({ viaPrisma, viaPg }: { viaPrisma: Stats; viaPg: Stats; sql: string }) {
  console.log("");
  console.table([
    { scenario: "suggest concerns for a passage (Prisma, with reasons)", p50: ms(viaPrisma.p50), p95: ms(viaPrisma.p95), runs: viaPrisma.n },
    { scenario: "the same statement over pg (raw SQL)", p50: ms(viaPg.p50), p95: ms(viaPg.p95), runs: viaPg.n },
  ]);
  console.log(`${viaPrisma.p95 <= 50 ? "MET   " : "MISSED"} suggestion p95 ≤ 50 ms (5,000 concerns, ~200,000 evidence rows)`);
}

function report(
  page: Record<"dashboard" | "theme", Stats>,
  sql: Record<"dashboard" | "theme", Stats>,
  sizes: Record<"dashboard" | "theme", { total: number; extra: number; chunks: number }>,
  baseline: number,
  html: Record<"dashboard" | "theme", number>,
  themePath: string,
) {
  const rows = (["dashboard", "theme"] as const).map((key) => ({
    route: key === "dashboard" ? "/dashboard" : `${themePath} (page 1)`,
    "page p50": ms(page[key].p50),
    "page p95": ms(page[key].p95),
    "SQL p50": ms(sql[key].p50),
    "SQL p95": ms(sql[key].p95),
    "page ÷ SQL (p50)": (page[key].p50 / sql[key].p50).toFixed(2),
    "page ÷ SQL (p95)": (page[key].p95 / sql[key].p95).toFixed(2),
    "HTML bytes": html[key],
    "JS gz total": kb(sizes[key].total),
    "JS gz beyond /login": kb(sizes[key].extra),
  }));
  console.log("");
  console.table(rows);
  console.log(`/login baseline JS (gzip): ${kb(baseline)}; ${RUNS} timed requests per row after 3 warm-ups.`);
  const goals = [
    [`dashboard p95 ≤ 100 ms`, page.dashboard.p95 <= 100],
    // The default dashboard view has the absolute goal above; every other view this one.
    [`theme page p95 ≤ 1.5 × its SQL p95`, page.theme.p95 <= 1.5 * sql.theme.p95],
    [`theme page HTML ≤ 200 KB (${BENCH_SIZE.largestThemeConcerns.toLocaleString("en")} concerns)`, html.theme <= 200 * 1024],
    [`theme page p95 ≤ 300 ms`, page.theme.p95 <= 300],
    [`theme page p95 ≤ 3 × SQL p95 + 50 ms (${ms(3 * sql.theme.p95 + 50)})`, page.theme.p95 <= 3 * sql.theme.p95 + 50],
    [`dashboard JS ≤ 150 KB gzip beyond baseline`, sizes.dashboard.extra <= 150 * 1024 && sizes.theme.extra <= 150 * 1024],
  ] as const;
  for (const [goal, met] of goals) console.log(`${met ? "MET   " : "MISSED"} ${goal}`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  running.app?.kill("SIGTERM");
  await server.stop();
}
