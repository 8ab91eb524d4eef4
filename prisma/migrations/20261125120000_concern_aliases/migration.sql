-- Suggestions across languages (issue 9, item 4): per-concern aliases, and the
-- search keys that let a passage find a concern through its words, the names
-- and the legal references it mentions, in any language or script.

-- AlterTable
ALTER TABLE "concerns" ADD COLUMN     "search_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "concern_aliases" (
    "id" SERIAL NOT NULL,
    "concern_id" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "term_key" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "search_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "concern_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "concerns_search_keys_idx" ON "concerns" USING GIN ("search_keys");

-- CreateIndex
CREATE INDEX "concern_aliases_search_keys_idx" ON "concern_aliases" USING GIN ("search_keys");

-- CreateIndex
CREATE INDEX "status_evidence_quote_trgm_idx" ON "status_evidence" USING GIN ("quote" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "status_evidence_translation_trgm_idx" ON "status_evidence" USING GIN ("translation" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "concern_aliases_concern_id_term_key_key" ON "concern_aliases"("concern_id", "term_key");

-- AddForeignKey
ALTER TABLE "concern_aliases" ADD CONSTRAINT "concern_aliases_concern_id_fkey" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what Prisma's schema language cannot express.

-- The text-search configuration for a BCP 47 language tag: the one PostgreSQL
-- ships for it, else 'simple' (Kazakh has none). Looked up in pg_ts_config so
-- that a server lacking one of the newer configurations falls back to 'simple'.
CREATE FUNCTION "dt_ts_config"(language TEXT) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT c.oid::regconfig FROM pg_catalog.pg_ts_config c
                    WHERE c.cfgnamespace = 'pg_catalog'::regnamespace AND c.cfgname = CASE split_part(lower(language), '-', 1)
    WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' WHEN 'it' THEN 'italian' WHEN 'fr' THEN 'french'
    WHEN 'de' THEN 'german' WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'portuguese' WHEN 'nl' THEN 'dutch'
    WHEN 'da' THEN 'danish' WHEN 'sv' THEN 'swedish' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
    WHEN 'nn' THEN 'norwegian' WHEN 'fi' THEN 'finnish' WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian'
    WHEN 'tr' THEN 'turkish' WHEN 'el' THEN 'greek' WHEN 'ar' THEN 'arabic' WHEN 'id' THEN 'indonesian'
    WHEN 'ga' THEN 'irish' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'ta' THEN 'tamil'
    WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan' WHEN 'et' THEN 'estonian'
    WHEN 'hi' THEN 'hindi' WHEN 'sr' THEN 'serbian' WHEN 'yi' THEN 'yiddish'
  END), 'simple'::regconfig)
$$;

-- Twin of nameKey() in lib/domain/transliteration.ts (same tables, same steps);
-- test/integration/search-keys.test.ts holds the two together.
CREATE FUNCTION "dt_name_key"(word TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    translate(translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        lower(word), 'ж', 'zh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'sh'), 'ю', 'iu'), 'я', 'ia'), 'ъ', ''), 'ь', ''),
        'ş', 'sh'), 'š', 'sh'), 'ç', 'ch'), 'č', 'ch'), 'ž', 'zh'), 'x', 'ks'), 'kh', 'h'), 'j', 'zh'),
      'абвгдеёзийклмнопрстуфхыэәғқңөұүһі', 'abvgdeeziiklmnoprstufhieagknouuhi'),
      'àáâãäåāèéêëēìíîïīıòóôõöōùúûüūñńğyqcw', 'aaaaaaaeeeeeiiiiiioooooouuuuunngikkv'),
    '[^a-z]', '', 'g'), '(.)\1+', '\1', 'g'), '([aeiou])i(?=[aeiou])', '\1', 'g'), '[aeiou]+$', '')
$$;

-- Twin of nameKeysOf(): the keys of a text's capitalised words, long enough to be names.
CREATE FUNCTION "dt_name_keys"(content TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}')
    FROM (SELECT "dt_name_key"(m[1]) AS k
            FROM regexp_matches(content, '(?<![[:alnum:]])([[:upper:]][[:alpha:]''’-]+)', 'g') m) keys
   WHERE length(k) >= 4
$$;

-- Twin of legalKeys() in lib/domain/legal-references.ts (the same two patterns).
CREATE FUNCTION "dt_legal_keys"(content TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT 'art:' || replace(n[1], '.', '-') ORDER BY 'art:' || replace(n[1], '.', '-')), '{}')
    FROM (SELECT m[1] AS list
            FROM regexp_matches(content, '(?<![[:alnum:]])(?:art(?:icles?|icol[oi]|s)?\.?|ст\.?|стать[а-яё]*|ба[пб][а-яёәіңғүұқөһ]*)\s*(\d+(?:[.-]\d+)?(?:\s*(?:,|;|&|and|or|и|или|e|ed|o|және|мен)\s*\d+(?:[.-]\d+)?)*)', 'gi') m
          UNION ALL
          SELECT m[1]
            FROM regexp_matches(content, '(?<![[:alnum:].-])(\d+(?:[.-]\d+)?(?:\s*(?:,|;|&|and|or|и|или|e|ed|o|және|мен)\s*\d+(?:[.-]\d+)?)*)\s*-?\s*ба[пб]', 'gi') m) lists,
         regexp_matches(lists.list, '\d+(?:[.-]\d+)?', 'g') n
$$;

-- A concern's search keys, kept by the database so that every write path
-- (actions, merges, the seed, imports) keys it the same way:
--   w:<lexeme>  its title and description, English stems;
--   n:<key>     the names in its title (dt_name_key);
--   art:<n>     the articles of its legal references (dt_legal_keys).
CREATE FUNCTION "concerns_search_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_keys" := ARRAY(
        SELECT k FROM (
            SELECT 'w:' || unnest(tsvector_to_array(to_tsvector('english', NEW."title" || ' ' || NEW."description"))) AS k
            UNION SELECT 'n:' || unnest("dt_name_keys"(NEW."title"))
            UNION SELECT unnest("dt_legal_keys"(array_to_string(NEW."legal_references", ' ; ')))
        ) keys ORDER BY k);
    RETURN NEW;
END;
$$;

CREATE TRIGGER "concerns_search_keys"
    BEFORE INSERT OR UPDATE OF "title", "description", "legal_references" ON "concerns"
    FOR EACH ROW EXECUTE FUNCTION "concerns_search_keys"();

-- An alias's search keys: its lexemes in its own language's configuration. An
-- alias matches a passage when the passage holds every one of them. Hyphenated
-- compounds (ill-treatment, зорлық-зомбылық) are kept as their parts only:
-- a declined compound in a passage would not match the whole.
CREATE FUNCTION "concern_aliases_search_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_keys" := ARRAY(
        SELECT k FROM unnest(tsvector_to_array(to_tsvector("dt_ts_config"(NEW."language"), NEW."term"))) k
         WHERE k NOT LIKE '%-%' ORDER BY k);
    RETURN NEW;
END;
$$;

CREATE TRIGGER "concern_aliases_search_keys"
    BEFORE INSERT OR UPDATE OF "term", "language" ON "concern_aliases"
    FOR EACH ROW EXECUTE FUNCTION "concern_aliases_search_keys"();

-- Key the concerns that already exist.
UPDATE "concerns" SET "title" = "title";
