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

-- A concern's vector now holds its aliases too, each in its own language and
-- weighted as a title, so a concern is one searchable record: an alias finds
-- it, a word left out (-word) leaves it out wherever the concern holds the
-- word, and one query may match its title and an alias together. A generated
-- column cannot read another table, so triggers keep it, as status_evidence's
-- is kept; search reads it through the same GIN index as before.
ALTER TABLE "concerns" DROP COLUMN "search_vector";
ALTER TABLE "concerns" ADD COLUMN "search_vector" tsvector;

-- tsvector || tsvector over rows (the aliases of one concern).
CREATE AGGREGATE "dt_tsvector_concat"(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Legal references are matched word for word (and, in any language, through the art:<n> search keys).
CREATE FUNCTION "concerns_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search_vector" :=
        setweight(to_tsvector('english'::regconfig, NEW."title"), 'A')
        || setweight(to_tsvector('simple'::regconfig, "dt_join_words"(NEW."legal_references")), 'A')
        || setweight(to_tsvector('english'::regconfig, NEW."description"), 'B')
        || coalesce((SELECT "dt_tsvector_concat"(setweight(to_tsvector("dt_ts_config"(a."language"), a."term"), 'A') ORDER BY a."id")
                       FROM "concern_aliases" a WHERE a."concern_id" = NEW."id"), '');
    RETURN NEW;
END;
$$;

-- Setting search_vector (to anything) makes the concern re-read its aliases.
CREATE TRIGGER "concerns_search_vector"
    BEFORE INSERT OR UPDATE OF "title", "description", "legal_references", "search_vector" ON "concerns"
    FOR EACH ROW EXECUTE FUNCTION "concerns_search_vector"();

-- Aliases added, changed, moved or removed re-key their concerns, once per
-- concern and statement (a seed or an import adds many at once). The update
-- locks each concern row before its trigger reads the aliases, so two analysts
-- adding aliases at once each see the other's once it commits: none is lost.
CREATE FUNCTION "concern_aliases_rekey_concerns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "concerns" SET "search_vector" = NULL WHERE "id" IN (SELECT "concern_id" FROM "new_aliases");
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "concerns" SET "search_vector" = NULL WHERE "id" IN (SELECT "concern_id" FROM "old_aliases");
    ELSE
        UPDATE "concerns" SET "search_vector" = NULL
         WHERE "id" IN (SELECT "concern_id" FROM "old_aliases" UNION SELECT "concern_id" FROM "new_aliases");
    END IF;
    RETURN NULL;
END;
$$;

-- PostgreSQL allows transition tables only on single-event triggers without column lists.
CREATE TRIGGER "concern_aliases_rekey_inserted" AFTER INSERT ON "concern_aliases"
    REFERENCING NEW TABLE AS "new_aliases" FOR EACH STATEMENT EXECUTE FUNCTION "concern_aliases_rekey_concerns"();
CREATE TRIGGER "concern_aliases_rekey_updated" AFTER UPDATE ON "concern_aliases"
    REFERENCING OLD TABLE AS "old_aliases" NEW TABLE AS "new_aliases" FOR EACH STATEMENT EXECUTE FUNCTION "concern_aliases_rekey_concerns"();
CREATE TRIGGER "concern_aliases_rekey_deleted" AFTER DELETE ON "concern_aliases"
    REFERENCING OLD TABLE AS "old_aliases" FOR EACH STATEMENT EXECUTE FUNCTION "concern_aliases_rekey_concerns"();

UPDATE "concerns" SET "search_vector" = NULL;
CREATE INDEX "concerns_search_vector_idx" ON "concerns" USING GIN ("search_vector");
