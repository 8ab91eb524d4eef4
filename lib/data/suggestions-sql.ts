// The suggestion statement. Builder only (no I/O, so no "server-only"):
// lib/data/suggestions.ts runs it, and `npm run bench` times the very same
// statement over pg.
import { legalKeys } from "@/lib/domain/legal-references";
import { SUGGESTION_WEIGHTS as W } from "@/lib/domain/suggestions";
import { passageNameKeys } from "@/lib/domain/transliteration";
import { Prisma } from "@/lib/generated/prisma/client";

export type SuggestionRequest = {
  passage: string;
  roundId: number;
  /** The passage's document: its language picks the text-search configuration. */
  documentId?: number | null;
  /** BCP 47 tag, when there is no document; English by default. */
  language?: string | null;
  /** The analyst's translation of the passage (read as English), searched too. */
  translation?: string | null;
  limit?: number;
  /**
   * For the evaluation only (scripts/eval-suggestions.ts): recorded quotes
   * that contain this text, or that it contains, are left out of the quote
   * signal, so a passage is not found merely because it was already recorded.
   */
  excludeQuotesOverlapping?: string | null;
};

export type SuggestionInput = SuggestionRequest & {
  text: string;
  translation: string;
  /** art:<n> and n:<name key> keys of the passage and translation, from the pure rules in lib/domain. */
  passageKeys: string[];
  /** Name key → the word as written in the passage, for the reasons. */
  names: Map<string, string>;
  limit: number;
};

export type SuggestionRow = {
  id: number; title: string; themeName: string; legalReferences: string[]; hasStatus: boolean; score: number;
  keys: string[]; words: string[]; aliases: { term: string; language: string }[] | null; quoteSimilarity: number | null;
};

/** What the statement needs from a request; null when there is nothing to search. */
export function suggestionKeys(request: SuggestionRequest): SuggestionInput | null {
  const text = request.passage.trim().slice(0, 2000);
  const translation = (request.translation ?? "").trim().slice(0, 2000);
  if (!text && !translation) return null;
  const both = `${text}\n${translation}`;
  const names = passageNameKeys(both);
  const passageKeys = [...legalKeys(both), ...[...names.keys()].map((k) => `n:${k}`)];
  return { ...request, text, translation, passageKeys, names, limit: request.limit ?? 5 };
}

/**
 * Signals, each set-based and index-backed, summed with SUGGESTION_WEIGHTS:
 *  - shared keys with the concern's trigger-kept search_keys (GIN): English
 *    stems and the passage language's stems of its words (w:, weighted by how
 *    rare the word is among concerns), names across scripts (n:), articles (art:);
 *  - aliases whose every lexeme is in the passage (GIN), in the alias's own
 *    language configuration; Kazakh, which has none, matches by word prefix;
 *  - trigram similarity with the quotes and translations already recorded (GiST,
 *    closest first);
 *  - the concern's title spelt out in the passage (trigram word similarity).
 * The passage and the analyst's translation both feed every signal.
 */
/** The statement; the benchmark (scripts/bench) times it over pg directly too. */
export function suggestionSql(i: SuggestionInput): Prisma.Sql {
  const exclude = i.excludeQuotesOverlapping?.trim() || null;
  return Prisma.sql`
    WITH input AS (
      SELECT dt_ts_config(coalesce((SELECT language FROM source_documents WHERE id = ${i.documentId ?? null}::int), ${i.language ?? null}::text, 'en')) AS cfg),
    words AS (
      SELECT DISTINCT w FROM regexp_split_to_table(lower(${i.text} || ' ' || ${i.translation}), '[^[:alnum:]]+') w WHERE length(w) > 1),
    lexemes AS (
      SELECT DISTINCT l, w FROM words, input,
             unnest(tsvector_to_array(to_tsvector('english', w)) || tsvector_to_array(to_tsvector(input.cfg, w))) l),
    -- Words in more than a tenth of all concerns ("concern", "rights") say little and would
    -- make every concern a candidate; ANALYZE's element statistics name them without a scan.
    common AS (
      SELECT m.k FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(k, f)
       WHERE s.schemaname = current_schema() AND s.tablename = 'concerns' AND s.attname = 'search_keys'
         AND m.f > ${COMMON_WORD_SHARE} AND m.k LIKE 'w:%'),
    -- Computed once: it is both the index condition and the intersection below.
    pkeys AS MATERIALIZED (
      SELECT array(SELECT 'w:' || l FROM lexemes UNION SELECT unnest(${i.passageKeys}::text[]) EXCEPT SELECT k FROM common) AS keys),
    akeys AS (
      SELECT array(SELECT l FROM lexemes UNION SELECT w FROM words
                   UNION SELECT left(w, n) FROM words, generate_series(4, length(w) - 1) n) AS keys),
    total AS (SELECT greatest(count(*), 1)::float8 AS n FROM concerns WHERE merged_into_id IS NULL),
    hits AS (
      SELECT c.id, array(SELECT k FROM unnest(c.search_keys) k WHERE k = ANY (p.keys)) AS keys
        FROM concerns c, pkeys p
       WHERE c.search_keys && p.keys AND c.merged_into_id IS NULL),
    rarity AS (
      SELECT k, ln(1 + total.n / count(*)) AS idf FROM hits, total, unnest(hits.keys) k GROUP BY k, total.n),
    key_scores AS (
      SELECT h.id, h.keys,
             sum(CASE WHEN k LIKE 'art:%' THEN ${W.legal}
                      WHEN k LIKE 'n:%' THEN ${W.name} * r.idf
                      ELSE ${W.word} * r.idf END) AS score
        FROM hits h CROSS JOIN unnest(h.keys) k JOIN rarity r USING (k)
       GROUP BY h.id, h.keys),
    alias_hits AS (
      SELECT a.concern_id AS id, jsonb_agg(jsonb_build_object('term', a.term, 'language', a.language) ORDER BY a.term) AS aliases,
             sum(${W.alias} + ${W.aliasWord} * cardinality(a.search_keys)) AS score
        FROM concern_aliases a, akeys
       WHERE a.search_keys && akeys.keys AND a.search_keys <@ akeys.keys
       GROUP BY a.concern_id),
    quote_hits AS (
      SELECT sa.concern_id AS id, max(q.similarity) AS similarity
        FROM (${Prisma.join(quoteBranches(i, exclude), " UNION ALL ")}) q
        JOIN status_assessments sa ON sa.id = q.status_id
       GROUP BY sa.concern_id),
    signals AS (
      SELECT id, sum(score) AS score FROM (
        SELECT id, score FROM key_scores
        UNION ALL SELECT id, score FROM alias_hits
        UNION ALL SELECT id, ${W.quote} * similarity FROM quote_hits) s
       GROUP BY id
       ORDER BY sum(score) DESC
       LIMIT ${SHORTLIST}),
    -- A concern whose title the passage (nearly) spells out, e.g. pasted from the list.
    -- Only for the shortlist: word_similarity has no index in this direction.
    scored AS (
      SELECT g.id, g.score + CASE WHEN ts.sim >= 0.5 THEN ${W.title} * ts.sim ELSE 0 END AS score
        FROM signals g JOIN concerns c ON c.id = g.id,
             LATERAL (SELECT greatest(word_similarity(c.title, ${i.text}), word_similarity(c.title, ${i.translation})) AS sim) ts
       WHERE c.merged_into_id IS NULL
       ORDER BY 2 DESC, c.title
       LIMIT ${i.limit})
    SELECT c.id, c.title, t.name AS "themeName", c.legal_references AS "legalReferences", s.score::float8 AS score,
           EXISTS (SELECT 1 FROM status_assessments sa WHERE sa.concern_id = c.id AND sa.round_id = ${i.roundId}) AS "hasStatus",
           coalesce((SELECT k.keys FROM key_scores k WHERE k.id = s.id), '{}') AS keys,
           array(SELECT DISTINCT x.w FROM lexemes x, key_scores k WHERE k.id = s.id AND 'w:' || x.l = ANY (k.keys)) AS words,
           (SELECT a.aliases FROM alias_hits a WHERE a.id = s.id) AS aliases,
           (SELECT q.similarity::float8 FROM quote_hits q WHERE q.id = s.id) AS "quoteSimilarity"
      FROM scored s
      JOIN concerns c ON c.id = s.id
      JOIN themes t ON t.id = c.theme_id
     WHERE s.score >= ${W.minimum}
     ORDER BY s.score DESC, c.title`;
}

/** Share of concerns above which a word is left out of the word signal. */
const COMMON_WORD_SHARE = 0.1;

/**
 * Trigram similarity from which a recorded quote counts (pg_trgm's `%`).
 * Lower values find looser paraphrases but let the index return thousands of
 * rows on a large database; set by the statement itself (quoteBranches).
 */
export const QUOTE_SIMILARITY_THRESHOLD = 0.45;

/** Closest recorded quotes kept per text and column. */
const QUOTES_PER_BRANCH = 200;

/** Candidates ranked before the title bonus is added and the best `limit` kept. */
const SHORTLIST = 50;

/**
 * One index-backed branch per text and column (an OR of them makes PostgreSQL
 * scan every row): the evidence quotes and translations similar to the passage
 * or to the analyst's translation.
 */
function quoteBranches(i: SuggestionInput, exclude: string | null): Prisma.Sql[] {
  const notExcluded = (column: Prisma.Sql) =>
    exclude === null ? Prisma.empty : Prisma.sql`AND strpos(${column}, ${exclude}) = 0 AND strpos(${exclude}, ${column}) = 0`;
  const branches: Prisma.Sql[] = [];
  for (const text of [i.text, i.translation].filter(Boolean)) {
    const quoteKept = notExcluded(Prisma.sql`e.quote`);
    // Each branch keeps its closest quotes only: on a large database a common phrasing matches thousands.
    // Ordered by `<->` (1 − similarity), the GiST index hands them over closest first and stops at the
    // limit, instead of similarity() being computed for every match and all of them sorted.
    // The text comes from a subquery: given as a constant, planning compared it with every quote sampled
    // in the column's statistics, per condition (a third of the statement's time). The subquery also
    // sets the threshold `%` reads, for this statement's transaction only: every `%` needs the text
    // first, so the threshold is in place whatever the plan.
    const probe = Prisma.sql`(SELECT ${text}::text
      WHERE set_config('pg_trgm.similarity_threshold', ${String(QUOTE_SIMILARITY_THRESHOLD)}, true) IS NOT NULL)`;
    for (const column of [Prisma.sql`e.quote`, Prisma.sql`e.translation`]) {
      branches.push(Prisma.sql`(SELECT e.status_id, 1 - (${column} <-> ${probe}) AS similarity FROM status_evidence e
        WHERE ${column} % ${probe} ${quoteKept} ORDER BY ${column} <-> ${probe} LIMIT ${QUOTES_PER_BRANCH})`);
    }
  }
  return branches;
}
