-- The dashboard aggregates a theme's assessments per concern (concern_id,
-- round_id, status); covering them lets Postgres answer from the index alone.

-- CreateIndex
CREATE INDEX "status_assessments_concern_id_round_id_status_idx" ON "status_assessments"("concern_id", "round_id", "status");
