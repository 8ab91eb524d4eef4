// `npm run eval:suggestions`: how often the suggestion ranking puts the right
// concern first (top-1) and among the first three (top-3), per language, on
// the labelled passages of test/eval/suggestion-passages.ts.
//
// It starts its own throwaway PostgreSQL (as the tests do), applies the
// migrations, loads the demo seed (concerns, their aliases and recorded
// quotes), then runs the real suggestConcerns() for each passage and language.
//
// Leakage: the eval passages come from the same corpus as the seeded quotes.
// When a passage is evaluated, every recorded quote that contains it or is
// contained in it is left out of the quote-similarity signal
// (excludeQuotesOverlapping), for the translations too. Quotes of the same
// concern at other rounds still count: an analyst has those.
//
// EVAL_VERBOSE=1 also lists every passage whose labelled concerns missed the top 3.
// Needs the react-server condition (see package.json) because lib/data is 'server-only'.
import { readFileSync } from "node:fs";
import path from "node:path";
import { normaliseQuote } from "@/lib/domain/quote";
import { concerns as seedConcerns } from "@/prisma/seed/data";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { EVAL_PASSAGES } from "@/test/eval/suggestion-passages";
import { startTestDatabaseServer } from "@/test/support/test-database";

const LANGUAGES = ["en", "ru", "kk", "it"] as const;
type Language = (typeof LANGUAGES)[number];
const CORPUS = path.resolve(import.meta.dirname, "../prisma/seed/corpus");
const verbose = process.env.EVAL_VERBOSE === "1";

function checkPassagesAreVerbatim() {
  const missing = EVAL_PASSAGES.filter((p) => !normaliseQuote(readFileSync(path.join(CORPUS, p.file), "utf8")).includes(normaliseQuote(p.text)));
  if (missing.length) throw new Error(`Not verbatim in their corpus file:\n${missing.map((p) => `  ${p.file}: ${p.text}`).join("\n")}`);
  const known = new Set(seedConcerns.map((c) => c.key));
  const unknown = EVAL_PASSAGES.flatMap((p) => p.concerns).filter((key) => !known.has(key));
  if (unknown.length) throw new Error(`Unknown concern keys: ${unknown.join(", ")}`);
}

async function main() {
  checkPassagesAreVerbatim();
  const server = await startTestDatabaseServer();
  try {
    const urls = await server.createDatabase("dialogue_tracker_eval");
    await prepareDatabase(urls, () => {});
    process.env.DATABASE_URL = urls.url;
    const { db } = await import("@/lib/db");
    const { suggestConcerns } = await import("@/lib/data/suggestions");
    const keyByTitle = new Map(seedConcerns.map((c) => [c.title, c.key]));
    const round = await db.round.findFirstOrThrow({ orderBy: { startDate: "desc" }, select: { id: true } });

    const tally = Object.fromEntries(LANGUAGES.map((l) => [l, { n: 0, top1: 0, top3: 0 }])) as Record<Language, { n: number; top1: number; top3: number }>;
    for (const passage of EVAL_PASSAGES) {
      for (const language of LANGUAGES) {
        const text = language === "en" ? passage.text : passage[language];
        if (!text) continue;
        const found = await suggestConcerns({ passage: text, roundId: round.id, language, limit: 3, excludeQuotesOverlapping: passage.text });
        const keys = found.map((s) => keyByTitle.get(s.title));
        const t = tally[language];
        t.n++;
        if (keys[0] && passage.concerns.includes(keys[0])) t.top1++;
        if (keys.some((k) => k && passage.concerns.includes(k))) t.top3++;
        else if (verbose) console.log(`MISS ${language} ${text.slice(0, 90)}…\n     want ${passage.concerns.join(", ")}\n     got  ${keys.join(", ") || "(nothing)"}`);
      }
    }
    await db.$disconnect();
    const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)} %`.padStart(7);
    console.log(`\nSuggestion accuracy on ${EVAL_PASSAGES.length} labelled passages (a hit = any labelled concern):`);
    for (const language of LANGUAGES) {
      const t = tally[language];
      console.log(`${language}: n=${String(t.n).padStart(3)}  top-1 ${pct(t.top1, t.n)}  top-3 ${pct(t.top3, t.n)}`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
