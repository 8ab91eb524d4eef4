-- Search, continued: a concern is found by its aliases, and notes and
-- translations are stemmed in the language they are written in.

-- The language of a text that carries no tag (a note, a translation), by its
-- script. Twin of textLanguageOf() in lib/domain/search-language.ts (same
-- ranges, same counts); test/integration/search-config.test.ts holds the two
-- together. Explicit code-point ranges, not [[:alpha:]] or lower(), which
-- depend on the database's locale.
CREATE FUNCTION "dt_text_language"(content TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN length(regexp_replace(coalesce(content, ''), '[^\u0400-\u04FF]', '', 'g'))
      <= length(regexp_replace(coalesce(content, ''), '[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]', '', 'g')) THEN 'en'
    WHEN (SELECT 3 * count(*) FILTER (WHERE w[1] ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]') >= count(*)
            FROM regexp_matches(content, '([\u0400-\u04FF]+)', 'g') w) THEN 'kk'
    ELSE 'ru'
  END
$$;

-- Twin of textConfigOf(): the language's configuration from the one table.
CREATE FUNCTION "dt_text_config"(content TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT "dt_ts_config"("dt_text_language"(content))
$$;

-- A note in its own language (was English whatever it was written in).
ALTER TABLE "status_assessments" DROP COLUMN "search_vector";
ALTER TABLE "status_assessments" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector("dt_text_config"("note"), "note")
) STORED;
CREATE INDEX "status_assessments_search_vector_idx" ON "status_assessments" USING GIN ("search_vector");

-- A quote in its document's language, its translation in its own.
CREATE OR REPLACE FUNCTION "status_evidence_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_vector" :=
        setweight(to_tsvector("dt_ts_config"((SELECT d."language" FROM "source_documents" d WHERE d."id" = NEW."document_id")), NEW."quote"), 'A')
        || setweight(to_tsvector("dt_text_config"(NEW."translation"), NEW."translation"), 'B');
    RETURN NEW;
END;
$$;
UPDATE "status_evidence" SET "translation" = "translation" WHERE "translation" <> '';

-- An alias in its own language, weighted as a title. Kept on the alias, not
-- folded into a column on concerns by a trigger: a generated column cannot go
-- stale, merges that move aliases need nothing, and two analysts adding
-- aliases at once cannot overwrite each other's vector. Search reads it
-- through its own GIN index, united with the concerns' (lib/data/search-sql.ts).
ALTER TABLE "concern_aliases" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("dt_ts_config"("language"), "term"), 'A')
) STORED;
CREATE INDEX "concern_aliases_search_vector_idx" ON "concern_aliases" USING GIN ("search_vector");
