// Saves under load: 1, 20 and 50 analysts at once, each logged in with a session
// of their own, recording statuses through the status form's server action over
// HTTP, as the browser posts it; beside the same transaction run directly over pg
// (the floor). Every save is a new status on a (concern, round) of its own, with a
// quote the app checks against a 30,000-character document.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { poolSize } from "@/lib/database/pool-size";
import { kb, logIn, ms, stats, type CookieJar, type Stats } from "./measure";

export const WRITER_COUNTS = [1, 20, 50] as const;
const PASSWORD = "bench-analyst-password";
const STATUS_FORM = { file: "lib/actions/statuses.ts", name: "setStatus" };

export type WriteStats = Stats & { perSecond: number; cpuPerSave: number | null; benchCpuPerSave: number; failed: number };
export type WriteResults = { app: Record<number, WriteStats>; pg: Record<number, WriteStats>; documentChars: number; responseBytes: number };

// Paragraphs in the shape of a press release, with the curly quotes and
// non-breaking spaces pasted text brings, so the quote check normalises both.
function documentParagraphs(round: string): string[] {
  return Array.from({ length: 60 }, (_, i) =>
    [
      `In the ${round} session, item ${i + 1}, the EU raised its concern about the “Law on Mass Media” and the application of Article ${100 + i} of the Criminal Code to journalists and bloggers.`,
      `The\u00A0EU called on Kazakhstan to ensure prompt, impartial and effective investigations, and to bring legislation in line with the recommendations of the OSCE Representative on Freedom of the Media.`,
      `Kazakhstan’s delegation described the steps taken since the previous round, including amendments adopted by the Mazhilis and draft regulations under public consultation (item ${i + 1}).`,
    ].join(" "),
  );
}

/** The quote of a save: one of the document's sentences, as an analyst would paste it (straight quotes, plain spaces). */
function quoteFor(paragraphs: string[], n: number): string {
  const sentences = paragraphs[n % paragraphs.length]!.split(/(?<=\.) /);
  return sentences[n % sentences.length]!.replaceAll("“", '"').replaceAll("”", '"').replaceAll("’", "'").replaceAll("\u00A0", " ");
}

type Target = { roundId: number; documentId: number; paragraphs: string[] };

/** A round of its own for one scenario, with the one document that reports on it. */
async function createTarget(client: pg.Client, label: string, index: number): Promise<Target> {
  const paragraphs = documentParagraphs(label);
  const { rows: rounds } = await client.query<{ id: number }>(
    `INSERT INTO rounds (kind, title, start_date, place, summary, updated_at)
     VALUES ('OTHER_ENGAGEMENT', $1, make_date(2030, 1, 1) + $2::int, 'Brussels', '', now()) RETURNING id`,
    [`Bench write round ${label}`, index],
  );
  const { rows: documents } = await client.query<{ id: number }>(
    `INSERT INTO source_documents (title, publisher, published_on, text, updated_at) VALUES ($1, 'EEAS', make_date(2030, 2, 1), $2, now()) RETURNING id`,
    [`Bench write press release ${label}`, paragraphs.join("\n\n")],
  );
  await client.query("INSERT INTO document_rounds (document_id, round_id) VALUES ($1, $2)", [documents[0]!.id, rounds[0]!.id]);
  return { roundId: rounds[0]!.id, documentId: documents[0]!.id, paragraphs };
}

/** N analysts, one shared password hash (argon2 once, not N times). */
async function createAnalysts(client: pg.Client, count: number): Promise<{ id: number; email: string }[]> {
  const { rows } = await client.query<{ id: number; email: string }>(
    `INSERT INTO users (email, name, password_hash, role, updated_at)
     SELECT 'bench-analyst-' || i || '@example.org', 'Bench analyst ' || i, $1, 'ANALYST', now() FROM generate_series(1, $2::int) i
     RETURNING id, email`,
    [await hashPassword(PASSWORD), count],
  );
  return rows;
}

/** The status form's action id, from the build's manifest (what the browser's form posts in `Next-Action`). */
function statusFormActionId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === STATUS_FORM.name && entry.filename?.endsWith(STATUS_FORM.file));
  if (!found) throw new Error(`no server action ${STATUS_FORM.name} of ${STATUS_FORM.file} in the build`);
  return found[0];
}

/** The router state the browser sends with an action from /concerns/:id/statuses/new. */
function routerStateTree(concernId: number): string {
  const page = ["__PAGE__", {}, null, null];
  const tree = ["", { children: ["(app)", { children: ["concerns", { children: [["id", String(concernId), "d", null], { children: ["statuses", { children: ["new", { children: page }] }] }] }] }] }, null, null, true];
  return encodeURIComponent(JSON.stringify(tree));
}

type Save = { concernId: number; target: Target; n: number };

// React's own encoder of server-action arguments, the one the browser runs (Next's copy of it).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

type PreparedSave = { url: string; init: RequestInit };

/**
 * The request the browser sends for the status form with `useActionState`: the
 * previous state and the form's FormData, encoded and serialised before the
 * clock starts, so the client's own CPU (on the same cores as the server) is
 * spent on sending, not on building multipart bodies.
 */
async function prepareSave(base: string, actionId: string, jar: CookieJar, { concernId, target, n }: Save): Promise<PreparedSave> {
  const fields = {
    concernId: concernId,
    roundId: target.roundId,
    status: "NO_PROGRESS",
    documentId: target.documentId,
    quote: quoteFor(target.paragraphs, n),
    translation: "",
    note: `Bench save ${n}.`,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  const encoded = new Response(await encodeReply([{}, form]));
  const body = Buffer.from(await encoded.arrayBuffer());
  return {
    url: `${base}/concerns/${concernId}/statuses/new`,
    init: {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": encoded.headers.get("content-type")!,
        "next-action": actionId,
        "next-router-state-tree": routerStateTree(concernId),
        origin: base,
        cookie: jar.header(),
      },
      body,
      redirect: "manual",
    },
  };
}

async function saveThroughApp({ url, init }: PreparedSave) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== 200 || !text.includes("Status recorded.")) throw new Error(`save answered ${response.status}: ${text.slice(0, 400)}`);
  return text.length;
}

/**
 * The floor: setStatus's one call to the database (dt_record_status, with the
 * same locks, quote check and audit row) over pg, without HTTP, session, Prisma
 * or rendering.
 */
async function saveThroughPg(pool: pg.Pool, userId: number, { concernId, target, n }: Save) {
  const pieces = JSON.stringify([{ documentId: target.documentId, quote: quoteFor(target.paragraphs, n), translation: "" }]);
  const { rows } = await pool.query<{ result: { row: { id: number } | null; quotesFound: boolean[] } }>(
    `SELECT dt_record_status($1::int, $2::int, 'NO_PROGRESS', $3, $4::int, $5::jsonb) AS result`,
    [concernId, target.roundId, `Bench save ${n}.`, userId, pieces],
  );
  if (!rows[0]!.result.quotesFound[0]) throw new Error("quote not verified");
  if (!rows[0]!.result.row) throw new Error("not saved: no round or concern, a status exists, or the document does not report on the round");
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc: on a
 * machine shared with other work, latency says as much about the neighbours as
 * about the app; the app server's CPU per save does not. Null off Linux.
 */
function cpuMs(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  // Fields 14 and 15, counted after the command name (which may hold spaces), in clock ticks (100 per second on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `writers` loops at once, each saving `each` times back to back: latency of every
 * save that succeeded, saves per second overall, CPU per save of `pid`, and how
 * many saves were refused (the analyst was told nothing was saved), with the first
 * reason. A refused save is counted, not fatal: under load that is the finding.
 */
async function timeWriters(writers: number, each: number, pid: number | undefined, save: (writer: number, n: number) => Promise<unknown>): Promise<WriteStats> {
  const samples: number[] = [];
  const failures: string[] = [];
  const cpuBefore = cpuMs(pid);
  const benchBefore = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < each; i++) {
        const begin = performance.now();
        try {
          await save(writer, writer * each + i);
          samples.push(performance.now() - begin);
        } catch (error) {
          failures.push((error as Error).message.slice(0, 300));
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpuAfter = cpuMs(pid);
  const bench = process.cpuUsage(benchBefore);
  const benchCpuPerSave = (bench.user + bench.system) / 1000 / (writers * each);
  const cpuPerSave = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / (writers * each);
  if (failures.length) console.log(`[bench] ${failures.length} of ${writers * each} saves failed, e.g.: ${failures[0]}`);
  return { ...stats(samples), perSecond: samples.length / seconds, cpuPerSave, benchCpuPerSave, failed: failures.length };
}

async function countSaved(client: pg.Client, target: Target): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM status_assessments s
      WHERE s.round_id = $1 AND EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_type = 'StatusAssessment' AND a.entity_id = s.id::text)`,
    [target.roundId],
  );
  return rows[0]!.n;
}

type WriteOptions = { client: pg.Client; url: string; base: string; distDir: string; appPid: number | undefined; runs: number; log: (line: string) => void };

export async function timeWrites({ client, url, base, distDir, appPid, runs, log }: WriteOptions): Promise<WriteResults> {
  const maxWriters = Math.max(...WRITER_COUNTS);
  const concernIds = (await client.query<{ id: number }>("SELECT id FROM concerns WHERE title LIKE 'Bench concern %' ORDER BY id")).rows.map((r) => r.id);
  const analysts = await createAnalysts(client, maxWriters);
  log(`logging in ${analysts.length} analysts through the login form…`);
  const jars: CookieJar[] = [];
  for (const analyst of analysts) jars.push(await logIn(base, { email: analyst.email, password: PASSWORD }));
  const actionId = statusFormActionId(distDir);
  const savesEach = (writers: number) => Math.max(10, Math.ceil(runs / writers));
  const results: WriteResults = { app: {}, pg: {}, documentChars: 0, responseBytes: 0 };

  const warmUp = await createTarget(client, "warm-up", 0);
  results.documentChars = warmUp.paragraphs.join("\n\n").length;
  for (let n = 0; n < 10; n++) results.responseBytes = await saveThroughApp(await prepareSave(base, actionId, jars[0]!, { concernId: concernIds[n]!, target: warmUp, n }));

  let index = 1;
  for (const writers of WRITER_COUNTS) {
    const target = await createTarget(client, `app-${writers}`, index++);
    const each = savesEach(writers);
    log(`app: ${writers} analysts × ${each} saves…`);
    const saves = await Promise.all(
      Array.from({ length: writers * each }, (_, n) => prepareSave(base, actionId, jars[Math.floor(n / each)]!, { concernId: concernIds[n]!, target, n })),
    );
    results.app[writers] = await timeWriters(writers, each, appPid, (_, n) => saveThroughApp(saves[n]!));
    const saved = await countSaved(client, target);
    const expected = writers * each - results.app[writers]!.failed;
    if (saved !== expected) throw new Error(`app: ${saved} statuses with their audit rows saved, expected ${expected}`);
  }

  // As many connections as the app keeps (lib/database/pool-size.ts), so the floor queues as the app does.
  const pool = new pg.Pool({ connectionString: url, max: poolSize(process.env.DATABASE_POOL_SIZE) });
  try {
    for (const writers of WRITER_COUNTS) {
      const target = await createTarget(client, `pg-${writers}`, index++);
      const each = savesEach(writers);
      log(`pg: ${writers} connections × ${each} saves…`);
      results.pg[writers] = await timeWriters(writers, each, undefined, (writer, n) => saveThroughPg(pool, analysts[writer]!.id, { concernId: concernIds[n]!, target, n }));
      const saved = await countSaved(client, target);
      const expected = writers * each - results.pg[writers]!.failed;
      if (saved !== expected) throw new Error(`pg: ${saved} statuses with their audit rows saved, expected ${expected}`);
    }
  } finally {
    await pool.end();
  }
  return results;
}

export function reportWrites({ app, pg: floor, documentChars, responseBytes }: WriteResults) {
  console.log("");
  console.table(
    WRITER_COUNTS.map((writers) => ({
      writers,
      "app p50": ms(app[writers]!.p50),
      "app p95": ms(app[writers]!.p95),
      "app saves/s": app[writers]!.perSecond.toFixed(1),
      "server CPU/save": app[writers]!.cpuPerSave === null ? "n/a" : ms(app[writers]!.cpuPerSave!),
      "bench CPU/save": ms(app[writers]!.benchCpuPerSave),
      "pg p50": ms(floor[writers]!.p50),
      "pg p95": ms(floor[writers]!.p95),
      "pg saves/s": floor[writers]!.perSecond.toFixed(1),
      "app saves failed": `${app[writers]!.failed} of ${app[writers]!.n + app[writers]!.failed}`,
    })),
  );
  console.log(`Each save a new status with a quote checked against a ${documentChars.toLocaleString("en")}-character document; app: the status form's server action over HTTP, one session per analyst (server CPU/save: the app server process's CPU time per save, which other work on the machine does not inflate); pg: the same call to the database (dt_record_status) over a pool as large as the app's.`);
  console.log(`The action's answer (with the page it re-renders, should it revalidate): ${kb(responseBytes)} before compression.`);
  console.log(`${app[20]!.p95 <= 250 && app[20]!.failed === 0 ? "MET   " : "MISSED"} save p95 ≤ 250 ms at 20 analysts, none failed`);
}
