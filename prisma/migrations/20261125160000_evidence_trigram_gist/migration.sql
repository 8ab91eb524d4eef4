-- Suggestions (issue 9, speed): the quotes and translations most like a passage are read
-- from a GiST trigram index in similarity order (`ORDER BY quote <-> passage LIMIT n`),
-- instead of rechecking every GIN candidate against the text and sorting them all.
-- GiST keeps each row's trigrams in its leaves, so no row is re-read to be compared;
-- a 256-byte signature (the default is 12) keeps the inner pages selective enough to
-- prune on texts of a sentence or more.

-- DropIndex
DROP INDEX "status_evidence_quote_trgm_idx";

-- DropIndex
DROP INDEX "status_evidence_translation_trgm_idx";

-- CreateIndex
CREATE INDEX "status_evidence_quote_trgm_idx" ON "status_evidence" USING GIST ("quote" gist_trgm_ops(siglen=256));

-- CreateIndex
CREATE INDEX "status_evidence_translation_trgm_idx" ON "status_evidence" USING GIST ("translation" gist_trgm_ops(siglen=256));
