// Search's SQL statements. Builders only (no I/O, so no "server-only"): the data
// functions run them, and `npm run bench` times the very same statements over pg.
// Typed text reaches PostgreSQL only as parameters of plainto_tsquery,
// phraseto_tsquery and (letters and digits only, lib/domain/search-query.ts)
// to_tsquery; nothing typed is spliced into SQL or tsquery syntax.
import { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_STATUS_SQL } from "@/lib/domain/status";
import { MARK_END, MARK_START, searchedKinds, type SearchFilterName, type SearchKind } from "@/lib/domain/search-kinds";
import type { SearchQuery, SearchTerm } from "@/lib/domain/search-query";
import type { Status } from "@/lib/generated/prisma/enums";

export type SearchFilters = {
  kind?: SearchKind;
  themeId?: number;
  roundId?: number;
  status?: Status;
  /** A language tag: "ru" also finds "ru-RU". */
  language?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
};

/** Which hits to return besides the counts: the best few of every kind, or one page of one kind or of all. */
export type SearchSelection = { perKind: number } | { offset: number; limit: number };

export type SearchStatementInput = {
  query: SearchQuery;
  filters: SearchFilters;
  /** The text-search configurations records are stored in (lib/domain/search-language.ts). */
  configs: readonly string[];
  /** Whether the reader may find a sensitive case by its identity (seesIdentity). */
  seesSensitive: boolean;
};

export function setFilters(filters: SearchFilters): SearchFilterName[] {
  const set: SearchFilterName[] = [];
  if (filters.themeId) set.push("theme");
  if (filters.roundId) set.push("round");
  if (filters.status) set.push("status");
  if (filters.language) set.push("language");
  if (filters.from || filters.to) set.push("dates");
  return set;
}

function termQuery(term: SearchTerm, config: string): Prisma.Sql {
  const cfg = Prisma.sql`${config}::regconfig`;
  if (term.kind === "phrase") return Prisma.sql`phraseto_tsquery(${cfg}, ${term.text})`;
  if (term.kind === "word") return Prisma.sql`plainto_tsquery(${cfg}, ${term.text})`;
  // A prefix both stemmed (journalists* finds journalist) and as typed (tortur* finds torture's stem).
  return Prisma.sql`(to_tsquery(${cfg}, ${term.text} || ':*') || to_tsquery('simple', ${term.text} || ':*'))`;
}

const anyOf = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, " || ")})`;
const allOf = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, " && ")})`;

/**
 * The tsquery: in each configuration, every wanted term; any configuration may
 * match, since a record is stemmed in its own language. A left-out term drops a
 * record that holds it as any configuration reads it, so an exclusion cannot be
 * slipped past by a configuration that stems the word differently.
 */
export function tsquerySql(query: SearchQuery, configs: readonly string[]): Prisma.Sql {
  const wanted = query.terms.filter((t) => !t.negated);
  const unwanted = query.terms.filter((t) => t.negated);
  const positive = anyOf(configs.map((cfg) => allOf(wanted.map((t) => termQuery(t, cfg)))));
  if (unwanted.length === 0) return positive;
  return Prisma.sql`(${positive} && !!${anyOf(configs.flatMap((cfg) => unwanted.map((t) => termQuery(t, cfg))))})`;
}

/** The languages of the records that carry a language tag, for searchConfigsFor(). */
export const TAGGED_LANGUAGES_SQL = Prisma.sql`SELECT DISTINCT language FROM source_documents UNION SELECT DISTINCT language FROM concern_aliases`;

const Q = Prisma.sql`(SELECT tsq FROM q)`;
const MERGED_CONCERN_IDS = Prisma.sql`SELECT id FROM concerns WHERE merged_into_id IS NOT NULL`;
const MERGED_STATUS_IDS = Prisma.sql`SELECT sa.id FROM status_assessments sa WHERE sa.concern_id IN (${MERGED_CONCERN_IDS})`;
const dateRange = (column: Prisma.Sql, f: SearchFilters) =>
  Prisma.join(
    [
      ...(f.from ? [Prisma.sql`${column} >= ${f.from}::date`] : []),
      ...(f.to ? [Prisma.sql`${column} <= ${f.to}::date`] : []),
    ],
    " AND ",
  );
const languageIs = (column: Prisma.Sql, language: string) =>
  Prisma.sql`(lower(${column}) = lower(${language}) OR lower(${column}) LIKE lower(${language}) || '-%')`;

/** The hits of one kind: (kind, id, rank). */
function kindSql(kind: SearchKind, input: SearchStatementInput): Prisma.Sql {
  const { query, filters: f } = input;
  const and = (conditions: unknown[]) => {
    const kept = conditions.filter((c): c is Prisma.Sql => c instanceof Prisma.Sql);
    return kept.length ? Prisma.sql` AND ${Prisma.join(kept, " AND ")}` : Prisma.empty;
  };
  const dates = Boolean(f.from || f.to);
  // What a quote and a note share: the theme of the status's concern, its round, its value, its round's dates.
  const ofStatus = [
    f.themeId && Prisma.sql`c.theme_id = ${f.themeId}`,
    f.roundId && Prisma.sql`s.round_id = ${f.roundId}`,
    f.status && Prisma.sql`s.status = ${f.status}::"Status"`,
    dates && Prisma.sql`EXISTS (SELECT 1 FROM rounds r WHERE r.id = s.round_id AND ${dateRange(Prisma.sql`r.start_date`, f)})`,
  ];
  switch (kind) {
    case "concern": {
      const keys = [...query.legalKeys, ...query.nameKeys.map((k) => `n:${k}`)];
      const byKey = keys.length ? Prisma.sql`c.search_keys && ${keys}::text[]` : Prisma.sql`false`;
      return Prisma.sql`
        SELECT 'concern' AS kind, c.id, ts_rank(c.search_vector, ${Q}) + CASE WHEN ${byKey} THEN 1 ELSE 0 END AS rank
          FROM concerns c
         WHERE c.merged_into_id IS NULL AND (c.search_vector @@ ${Q} OR ${byKey})${and([
           f.themeId && Prisma.sql`c.theme_id = ${f.themeId}`,
           f.roundId && Prisma.sql`EXISTS (SELECT 1 FROM status_assessments s WHERE s.concern_id = c.id AND s.round_id = ${f.roundId})`,
           f.status && Prisma.sql`c.id IN (SELECT concern_id FROM (${Prisma.raw(CURRENT_STATUS_SQL)}) cur WHERE cur.status = ${f.status}::"Status")`,
           dates && Prisma.sql`EXISTS (SELECT 1 FROM status_assessments s JOIN rounds r ON r.id = s.round_id WHERE s.concern_id = c.id AND ${dateRange(Prisma.sql`r.start_date`, f)})`,
         ])}`;
    }
    case "quote": {
      const bare = !f.themeId && !f.roundId && !f.status && !dates;
      // Unfiltered, a quote needs no join: the few statuses of merged concerns are left out by id.
      const ofStatusSql = bare
        ? Prisma.sql`
          FROM status_evidence e
         WHERE e.search_vector @@ ${Q} AND e.status_id NOT IN (${MERGED_STATUS_IDS})`
        : Prisma.sql`
          FROM status_evidence e
          JOIN status_assessments s ON s.id = e.status_id
          JOIN concerns c ON c.id = s.concern_id
         WHERE e.search_vector @@ ${Q} AND c.merged_into_id IS NULL${and(ofStatus)}`;
      return Prisma.sql`
        SELECT 'quote' AS kind, e.id, ts_rank(e.search_vector, ${Q}) AS rank ${ofStatusSql}${and([
          f.language && Prisma.sql`EXISTS (SELECT 1 FROM source_documents d WHERE d.id = e.document_id AND ${languageIs(Prisma.sql`d.language`, f.language)})`,
        ])}`;
    }
    case "note":
      return Prisma.sql`
        SELECT 'note' AS kind, s.id, ts_rank(s.search_vector, ${Q}) AS rank
          FROM status_assessments s
         WHERE s.search_vector @@ ${Q} AND s.concern_id NOT IN (${MERGED_CONCERN_IDS})${and([
           f.themeId && Prisma.sql`EXISTS (SELECT 1 FROM concerns c WHERE c.id = s.concern_id AND c.theme_id = ${f.themeId})`,
           ...ofStatus.slice(1),
         ])}`;
    case "document":
      return Prisma.sql`
        SELECT 'document' AS kind, d.id, ts_rank(d.search_vector, ${Q}) AS rank
          FROM source_documents d
         WHERE d.search_vector @@ ${Q}${and([
           f.roundId && Prisma.sql`EXISTS (SELECT 1 FROM document_rounds dr WHERE dr.document_id = d.id AND dr.round_id = ${f.roundId})`,
           f.language && languageIs(Prisma.sql`d.language`, f.language),
           dates && dateRange(Prisma.sql`d.published_on`, f),
         ])}`;
    case "round":
      return Prisma.sql`
        SELECT 'round' AS kind, r.id, ts_rank(r.search_vector, ${Q}) AS rank
          FROM rounds r
         WHERE r.search_vector @@ ${Q}${and([
           f.roundId && Prisma.sql`r.id = ${f.roundId}`,
           dates && dateRange(Prisma.sql`r.start_date`, f),
         ])}`;
    case "case": {
      const words = query.terms.filter((t) => !t.negated && t.kind !== "prefix").map((t) => t.text).join(" ");
      const byName = query.nameKeys.length ? Prisma.sql`ic.name_keys && ${query.nameKeys}::text[]` : Prisma.sql`false`;
      const bySpelling = words ? Prisma.sql`${words} <% ic.person_name` : Prisma.sql`false`;
      const identity = Prisma.sql`(ic.search_vector @@ ${Q} OR ${byName} OR ${bySpelling})`;
      // The SQL side of seesIdentity: who may not see a sensitive case's identity finds it by its label alone.
      const labelId = /^case\s*(\d{1,9})$/i.exec(query.text)?.[1];
      const byLabel = labelId ? Prisma.sql` OR ic.id = ${Number(labelId)}` : Prisma.empty;
      const found = input.seesSensitive ? Prisma.sql`(${identity}${byLabel})` : Prisma.sql`((NOT ic.sensitive AND ${identity})${byLabel})`;
      return Prisma.sql`
        SELECT 'case' AS kind, ic.id,
               ts_rank(ic.search_vector, ${Q}) + CASE WHEN ${byName} THEN 1 ELSE 0 END + ${words ? Prisma.sql`word_similarity(${words}, ic.person_name)` : Prisma.sql`0`} AS rank
          FROM individual_cases ic
         WHERE ic.merged_into_id IS NULL AND ${found}${and([
           f.themeId && Prisma.sql`EXISTS (SELECT 1 FROM concern_cases cc JOIN concerns c ON c.id = cc.concern_id WHERE cc.case_id = ic.id AND c.theme_id = ${f.themeId})`,
           f.roundId && Prisma.sql`EXISTS (SELECT 1 FROM case_rounds cr WHERE cr.case_id = ic.id AND cr.round_id = ${f.roundId})`,
         ])}`;
    }
  }
}

export type SearchHitRow = { kind: SearchKind; id: number | null; rank: number | null; total: number | null };

/**
 * One statement: the hits of every kind the filters leave in, each kind's
 * count, and the selected hits (best first; ties by id, so pages are stable).
 * Rows with a total are counts; the others are hits.
 */
export function searchSql(input: SearchStatementInput, selection: SearchSelection): Prisma.Sql {
  const kinds = searchedKinds(setFilters(input.filters));
  if (kinds.length === 0) return Prisma.sql`SELECT NULL::text AS kind, NULL::int AS id, NULL::float8 AS rank, NULL::int AS total WHERE false`;
  const hitsOf = (kind: SearchKind) => Prisma.sql`SELECT kind, id, rank FROM hits WHERE kind = ${kind} ORDER BY rank DESC, id`;
  // Top-N sorts only: the best few of each kind, or one page of one kind or of all.
  const picked =
    "perKind" in selection
      ? Prisma.join(kinds.map((kind) => Prisma.sql`(${hitsOf(kind)} LIMIT ${selection.perKind})`), " UNION ALL ")
      : input.filters.kind
        ? Prisma.sql`(${hitsOf(input.filters.kind)} OFFSET ${selection.offset} LIMIT ${selection.limit})`
        : Prisma.sql`(SELECT kind, id, rank FROM hits ORDER BY rank DESC, kind, id OFFSET ${selection.offset} LIMIT ${selection.limit})`;
  return Prisma.sql`
    WITH q AS (SELECT ${tsquerySql(input.query, input.configs)} AS tsq),
    hits AS MATERIALIZED (${Prisma.join(kinds.map((kind) => kindSql(kind, input)), " UNION ALL ")}),
    picked AS (${picked})
    SELECT kind, id, rank::float8 AS rank, NULL::int AS total FROM picked
    UNION ALL
    SELECT kind, NULL, NULL, count(*)::int FROM hits GROUP BY kind`;
}

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15, ShortWord=2, MaxFragments=1`;
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/** What each selected hit shows: its title, highlighted snippet and where it leads. Identity fields of hidden cases are never read into a snippet. */
export function hitDetailsSql(kind: SearchKind, ids: number[], input: SearchStatementInput): Prisma.Sql {
  const q = Prisma.sql`WITH q AS (SELECT ${tsquerySql(input.query, input.configs)} AS tsq)`;
  const idList = Prisma.sql`${ids}::int[]`;
  switch (kind) {
    case "concern":
      return Prisma.sql`${q}
        SELECT c.id, ts_headline('english', c.title, ${Q}, ${WHOLE}) AS title,
               ts_headline('english', c.description || CASE WHEN cardinality(c.legal_references) > 0 THEN ' (' || dt_join_words(c.legal_references) || ')' ELSE '' END, ${Q}, ${HEADLINE}) AS snippet,
               (SELECT string_agg(h.alias, '; ' ORDER BY h.term_key)
                  FROM (SELECT ts_headline(dt_ts_config(a.language), a.term, ${Q}, ${WHOLE}) AS alias, a.term_key
                          FROM concern_aliases a WHERE a.concern_id = c.id) h
                 WHERE strpos(h.alias, ${MARK_START}) > 0) AS aliases,
               t.name AS context, NULL::int AS "concernId", NULL::int AS "roundId"
          FROM concerns c JOIN themes t ON t.id = c.theme_id WHERE c.id = ANY(${idList})`;
    case "quote":
      return Prisma.sql`${q}
        SELECT e.id, c.title, ts_headline(dt_ts_config(d.language), e.quote, ${Q}, ${HEADLINE}) AS snippet,
               CASE WHEN e.translation <> '' THEN ts_headline(dt_text_config(e.translation), e.translation, ${Q}, ${HEADLINE}) END AS "secondSnippet",
               r.title || ' · ' || d.title || ' (' || d.language || ')' AS context, s.status::text AS status,
               c.id AS "concernId", s.round_id AS "roundId"
          FROM status_evidence e JOIN status_assessments s ON s.id = e.status_id JOIN concerns c ON c.id = s.concern_id
          JOIN rounds r ON r.id = s.round_id JOIN source_documents d ON d.id = e.document_id WHERE e.id = ANY(${idList})`;
    case "note":
      return Prisma.sql`${q}
        SELECT s.id, c.title, ts_headline(dt_text_config(s.note), s.note, ${Q}, ${HEADLINE}) AS snippet,
               r.title AS context, s.status::text AS status, c.id AS "concernId", s.round_id AS "roundId"
          FROM status_assessments s JOIN concerns c ON c.id = s.concern_id JOIN rounds r ON r.id = s.round_id WHERE s.id = ANY(${idList})`;
    case "document":
      return Prisma.sql`${q}
        SELECT d.id, ts_headline(dt_ts_config(d.language), d.title, ${Q}, ${WHOLE}) AS title,
               ts_headline(dt_ts_config(d.language), d.text, ${Q}, ${HEADLINE}) AS snippet,
               d.publisher || ' · ' || coalesce(to_char(d.published_on, 'YYYY-MM-DD'), 'no date') || ' · ' || d.language AS context,
               NULL::int AS "concernId", NULL::int AS "roundId"
          FROM source_documents d WHERE d.id = ANY(${idList})`;
    case "round":
      return Prisma.sql`${q}
        SELECT r.id, ts_headline('english', r.title, ${Q}, ${WHOLE}) AS title,
               ts_headline('english', concat_ws(' · ', nullif(r.place, ''), nullif(r.eu_delegation_head, ''), nullif(r.kz_delegation_head, ''), nullif(r.summary, '')), ${Q}, ${HEADLINE}) AS snippet,
               to_char(r.start_date, 'YYYY-MM-DD') AS context, NULL::int AS "concernId", r.id AS "roundId"
          FROM rounds r WHERE r.id = ANY(${idList})`;
    case "case":
      return Prisma.sql`${q}
        SELECT ic.id, ic.sensitive,
               CASE WHEN ${input.seesSensitive} OR NOT ic.sensitive THEN ts_headline('simple', ic.person_name, ${Q}, ${WHOLE}) END AS title,
               CASE WHEN ${input.seesSensitive} OR NOT ic.sensitive THEN ts_headline('english', concat_ws(' · ', nullif(dt_join_words(ic.spellings), ''), nullif(ic.summary, '')), ${Q}, ${HEADLINE}) END AS snippet,
               NULL::text AS context, NULL::int AS "concernId", NULL::int AS "roundId"
          FROM individual_cases ic WHERE ic.id = ANY(${idList})`;
  }
}
