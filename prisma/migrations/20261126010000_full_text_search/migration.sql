-- Search everything (issue 11): full text in each record's own language, with
-- stored tsvector columns and GIN indexes, and a trigram index for case names.

-- The text-search configuration for a BCP 47 language tag, now IMMUTABLE so that
-- generated columns may use it: a fixed table, twin of textSearchConfig() in
-- lib/domain/search-language.ts (test/integration/search-config.test.ts holds
-- the two together). Every configuration named here ships with PostgreSQL 14.
CREATE OR REPLACE FUNCTION "dt_ts_config"(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(lower(language), '-', 1)
    WHEN 'ar' THEN 'arabic' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
    WHEN 'ga' THEN 'irish' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian' WHEN 'nb' THEN 'norwegian' WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch'
    WHEN 'nn' THEN 'norwegian' WHEN 'no' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish'
    ELSE 'simple'
  END::regconfig
$$;

-- array_to_string is only STABLE (it may call any type's output function); for
-- text[] it cannot change, and generated columns need an immutable expression.
CREATE FUNCTION "dt_join_words"(words TEXT[]) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_string(words, ' '), '')
$$;

-- Concerns are written in English; legal references are matched word for word
-- (and, in any language, through the art:<n> search keys).
ALTER TABLE "concerns" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A')
  || setweight(to_tsvector('simple'::regconfig, "dt_join_words"("legal_references")), 'A')
  || setweight(to_tsvector('english'::regconfig, "description"), 'B')
) STORED;
CREATE INDEX "concerns_search_vector_idx" ON "concerns" USING GIN ("search_vector");

-- A document in its own language: title first, then the text.
ALTER TABLE "source_documents" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector("dt_ts_config"("language"), "title"), 'A')
  || setweight(to_tsvector("dt_ts_config"("language"), "text"), 'B')
) STORED;
CREATE INDEX "source_documents_search_vector_idx" ON "source_documents" USING GIN ("search_vector");

-- Rounds: title and summary in English; place and heads of delegation are names.
ALTER TABLE "rounds" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A')
  || setweight(to_tsvector('simple'::regconfig, coalesce("place", '') || ' ' || coalesce("eu_delegation_head", '') || ' ' || coalesce("kz_delegation_head", '')), 'B')
  || setweight(to_tsvector('english'::regconfig, "summary"), 'C')
) STORED;
CREATE INDEX "rounds_search_vector_idx" ON "rounds" USING GIN ("search_vector");

-- An analyst's note on a status, in English.
ALTER TABLE "status_assessments" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, "note")
) STORED;
CREATE INDEX "status_assessments_search_vector_idx" ON "status_assessments" USING GIN ("search_vector");

-- Cases: the name and its spellings word for word, the summary in English.
ALTER TABLE "individual_cases" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "person_name" || ' ' || "dt_join_words"("spellings")), 'A')
  || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
) STORED;
CREATE INDEX "individual_cases_search_vector_idx" ON "individual_cases" USING GIN ("search_vector");
-- A misspelt name ("Bokaiev") is still found by trigram similarity.
CREATE INDEX "individual_cases_person_name_trgm_idx" ON "individual_cases" USING GIN ("person_name" gin_trgm_ops);

-- A quote is in its document's language, which lives on the document, so a
-- generated column cannot see it: a trigger keeps the vector, and a change of a
-- document's language re-keys its quotes. The translation is in English.
ALTER TABLE "status_evidence" ADD COLUMN "search_vector" tsvector;

CREATE FUNCTION "status_evidence_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_vector" :=
        setweight(to_tsvector("dt_ts_config"((SELECT d."language" FROM "source_documents" d WHERE d."id" = NEW."document_id")), NEW."quote"), 'A')
        || setweight(to_tsvector('english'::regconfig, NEW."translation"), 'B');
    RETURN NEW;
END;
$$;

CREATE TRIGGER "status_evidence_search_vector"
    BEFORE INSERT OR UPDATE OF "quote", "translation", "document_id" ON "status_evidence"
    FOR EACH ROW EXECUTE FUNCTION "status_evidence_search_vector"();

CREATE FUNCTION "source_documents_language_rekeys_quotes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "status_evidence" SET "quote" = "quote" WHERE "document_id" = NEW."id";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "source_documents_language_rekeys_quotes"
    AFTER UPDATE OF "language" ON "source_documents"
    FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
    EXECUTE FUNCTION "source_documents_language_rekeys_quotes"();

UPDATE "status_evidence" SET "quote" = "quote";
CREATE INDEX "status_evidence_search_vector_idx" ON "status_evidence" USING GIN ("search_vector");

-- Aliases: re-key with the immutable configuration table (same result for every language above).
UPDATE "concern_aliases" SET "term" = "term";
