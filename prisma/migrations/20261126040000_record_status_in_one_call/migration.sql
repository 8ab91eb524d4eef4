-- A new status saved in one call to the database (lib/write/evidence.ts,
-- createCheckedStatus), where a transaction of two statements took four round
-- trips and sent each document's whole text to the app to check one quote.

-- The quote rule's twin of lib/domain/quote.ts (normaliseQuote, quoteOccursIn):
-- NFC, curly quote marks and primes as straight ones, dashes as hyphens, every
-- run of whitespace (JavaScript's \s, no-break and zero-width spaces) as one
-- space, trimmed. test/integration/quote-rule.test.ts holds the two together.
CREATE FUNCTION "dt_normalise_quote"(quote TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    translate(normalize(quote, NFC),
      E'\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2212',
      E'\'\'\'\'\'\'\'"""""""------'),
    E'[\t\n\u000B\f\r \u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+', ' ', 'g'), ' ')
$$;

-- Whether a quote occurs in a text already normalised (source_documents.quote_text).
CREATE FUNCTION "dt_quote_occurs_in_normalised"(quote TEXT, normalised_text TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT needle <> '' AND strpos(normalised_text, needle) > 0 FROM (SELECT "dt_normalise_quote"(quote) AS needle) q
$$;

CREATE FUNCTION "dt_quote_occurs_in"(quote TEXT, text TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT "dt_quote_occurs_in_normalised"(quote, "dt_normalise_quote"(text))
$$;

-- Each document's text as the quote rule reads it, kept by PostgreSQL when the
-- text changes: normalising a long document takes milliseconds, a save's
-- search of it microseconds.
ALTER TABLE "source_documents" ADD COLUMN "quote_text" TEXT GENERATED ALWAYS AS ("dt_normalise_quote"("text")) STORED;

-- A status with its evidence and its audit event (the status as STATUS_SNAPSHOT
-- reads it), inserted only when `allowed` and every piece's document reports on
-- the round, and only when the concern has no status there yet. Returns which of
-- the documents report on the round, and the row (null when nothing was inserted).
-- Pieces: a JSON array of {documentId, quote, translation}.
CREATE FUNCTION "dt_insert_status"(p_concern_id INT, p_round_id INT, p_status "Status", p_note TEXT, p_author_id INT, p_pieces JSONB, p_allowed BOOLEAN)
RETURNS TABLE (reporting INT[], "row" JSONB) LANGUAGE sql AS $$
  WITH wanted AS (
    SELECT coalesce(array_agg(DISTINCT (piece->>'documentId')::int), '{}') AS ids FROM jsonb_array_elements(p_pieces) piece
  ), reporting AS (
    SELECT coalesce(array_agg(dr.document_id), '{}') AS ids FROM document_rounds dr, wanted
     WHERE dr.document_id = ANY(wanted.ids) AND dr.round_id = p_round_id
  ), status AS (
    INSERT INTO status_assessments (concern_id, round_id, status, note, author_id, updated_at)
    SELECT p_concern_id, p_round_id, p_status, p_note, p_author_id, now()
      FROM reporting, wanted WHERE p_allowed AND reporting.ids @> wanted.ids
    ON CONFLICT (concern_id, round_id) DO NOTHING
    RETURNING id, concern_id, round_id, status, note, author_id, version
  ), evidence AS (
    INSERT INTO status_evidence (status_id, document_id, quote, translation)
    SELECT status.id, (piece->>'documentId')::int, piece->>'quote', coalesce(piece->>'translation', '')
      FROM status, jsonb_array_elements(p_pieces) WITH ORDINALITY AS p(piece, n) ORDER BY n
    RETURNING id, document_id, quote, translation
  ), snapshot AS (
    SELECT jsonb_build_object('id', s.id, 'concernId', s.concern_id, 'roundId', s.round_id, 'status', s.status, 'note', s.note, 'authorId', s.author_id, 'version', s.version,
             'evidence', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'documentId', e.document_id, 'quote', e.quote, 'translation', e.translation) ORDER BY e.id), '[]') FROM evidence e)) AS "row"
      FROM status s
  ), audit AS (
    INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after)
    SELECT p_author_id, 'CREATE'::"AuditAction", 'StatusAssessment', "row"->>'id', "row" FROM snapshot
  )
  SELECT reporting.ids, (SELECT "row" FROM snapshot) FROM reporting
$$;

-- The save of a new status on an existing concern, as one call: the checks of
-- assertConcernAndRound and checkedEvidence, then dt_insert_status, under the
-- same locks and in the same order. The first statement locks the round, the
-- concern and the documents FOR SHARE and reads them, checking each quote
-- against its document's text as locked (its quote_text); the second, a new
-- statement and so a new snapshot taken after any edit those locks waited for,
-- reads which documents report on the round and inserts only when every check
-- passed.
-- Returns what the app needs to name the first failure: roundFound, concern
-- ({mergedIntoId, statusId} or null), documents ([{id, title}]), quotesFound (per
-- piece, in order), reporting (document ids) and row (null when not inserted).
CREATE FUNCTION "dt_record_status"(p_concern_id INT, p_round_id INT, p_status "Status", p_note TEXT, p_author_id INT, p_pieces JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  checks JSONB;
  saved RECORD;
BEGIN
  WITH round AS (SELECT r.id FROM rounds r WHERE r.id = p_round_id FOR SHARE),
       concern AS (
         SELECT c.merged_into_id, (SELECT s.id FROM status_assessments s WHERE s.concern_id = c.id AND s.round_id = p_round_id) AS status_id
           FROM concerns c WHERE c.id = p_concern_id FOR SHARE OF c),
       documents AS (
         SELECT d.id, d.title, d.quote_text FROM source_documents d
          WHERE d.id IN (SELECT (piece->>'documentId')::int FROM jsonb_array_elements(p_pieces) piece) ORDER BY d.id FOR SHARE)
  SELECT jsonb_build_object(
           'roundFound', EXISTS (SELECT FROM round),
           'concern', (SELECT jsonb_build_object('mergedIntoId', merged_into_id, 'statusId', status_id) FROM concern),
           'documents', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'title', d.title) ORDER BY d.id), '[]') FROM documents d),
           'quotesFound', (SELECT coalesce(jsonb_agg(coalesce("dt_quote_occurs_in_normalised"(p.piece->>'quote', d.quote_text), false) ORDER BY p.n), '[]')
                             FROM jsonb_array_elements(p_pieces) WITH ORDINALITY AS p(piece, n) LEFT JOIN documents d ON d.id = (p.piece->>'documentId')::int))
    INTO checks;
  IF NOT (checks->>'roundFound')::boolean OR jsonb_typeof(checks->'concern') <> 'object'
     OR jsonb_typeof(checks->'concern'->'mergedIntoId') <> 'null' OR jsonb_typeof(checks->'concern'->'statusId') <> 'null' THEN
    RETURN checks || jsonb_build_object('reporting', '[]'::jsonb, 'row', NULL);
  END IF;
  SELECT * INTO saved FROM "dt_insert_status"(p_concern_id, p_round_id, p_status, p_note, p_author_id, p_pieces, NOT (checks->'quotesFound') @> 'false'::jsonb);
  RETURN checks || jsonb_build_object('reporting', to_jsonb(saved.reporting), 'row', saved."row");
END
$$;
