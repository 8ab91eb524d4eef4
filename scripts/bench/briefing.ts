// The briefing for every theme at bench size, as Word and as PDF, fetched from
// the running app as a viewer would (GET /api/v1/briefing/export): data, content
// model and renderer together. Each takes seconds, so a few runs after one warm-up.
import type pg from "pg";
import { kb, ms, timeIt, type Stats } from "./measure";

const RUNS = Number(process.env.BENCH_BRIEFING_RUNS ?? 3);
const GOAL_MS = 10_000;
const FORMATS = ["docx", "pdf"] as const;

export type BriefingTimes = Record<(typeof FORMATS)[number], Stats & { bytes: number }>;

export async function timeBriefing({ base, cookie, client, log }: { base: string; cookie: string; client: pg.Client; log: (line: string) => void }) {
  const { rows } = await client.query<{ slug: string }>("SELECT slug FROM themes ORDER BY sort_order, name");
  const themes = rows.map((r) => r.slug).join(",");
  log(`timing the briefing for all ${rows.length} themes (${RUNS} runs per format after a warm-up)…`);
  const times = {} as BriefingTimes;
  for (const format of FORMATS) {
    let bytes = 0;
    const stats = await timeIt(RUNS, 1, async () => {
      const response = await fetch(`${base}/api/v1/briefing/export?format=${format}&themes=${themes}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`the ${format} briefing answered ${response.status}: ${await response.text()}`);
      bytes = (await response.arrayBuffer()).byteLength;
    });
    times[format] = { ...stats, bytes };
  }
  return times;
}

export function reportBriefing(times: BriefingTimes) {
  console.log("");
  console.log("briefing, all themes   p50        p95        size");
  for (const format of FORMATS) {
    const t = times[format];
    console.log(`${format.padEnd(22)} ${ms(t.p50).padEnd(10)} ${ms(t.p95).padEnd(10)} ${kb(t.bytes)}`);
  }
  for (const format of FORMATS) console.log(`${times[format].p95 <= GOAL_MS ? "MET   " : "MISSED"} briefing for all themes as ${format.toUpperCase()} ≤ 10 s`);
}
