-- A status is proved by one or more pieces of evidence (quotes from documents in
-- any language, each with an optional translation) instead of one quote column.
-- Every existing quote moves over unchanged; nothing is dropped before it is copied.

-- CreateTable
CREATE TABLE "status_evidence" (
    "id" SERIAL NOT NULL,
    "status_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "translation" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_evidence_pkey" PRIMARY KEY ("id")
);

-- A quote without its document (or the reverse) cannot be moved faithfully: stop rather than lose it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM "status_assessments" WHERE ("quote" IS NULL) <> ("document_id" IS NULL)) THEN
        RAISE EXCEPTION 'status_assessments has a quote without its document (or the reverse); fix those rows first';
    END IF;
END;
$$;

INSERT INTO "status_evidence" ("status_id", "document_id", "quote", "created_at")
SELECT "id", "document_id", "quote", "created_at"
  FROM "status_assessments"
 WHERE "quote" IS NOT NULL
 ORDER BY "id";

ALTER TABLE "status_assessments" DROP CONSTRAINT "status_assessments_evidence_check";

-- DropForeignKey
ALTER TABLE "status_assessments" DROP CONSTRAINT "status_assessments_document_id_fkey";

-- DropIndex
DROP INDEX "status_assessments_document_id_idx";

-- AlterTable
ALTER TABLE "status_assessments" DROP COLUMN "document_id",
DROP COLUMN "quote";

-- CreateIndex
CREATE INDEX "status_evidence_status_id_idx" ON "status_evidence"("status_id");

-- CreateIndex
CREATE INDEX "status_evidence_document_id_idx" ON "status_evidence"("document_id");

-- AddForeignKey
ALTER TABLE "status_evidence" ADD CONSTRAINT "status_evidence_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "status_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_evidence" ADD CONSTRAINT "status_evidence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below: what Prisma's schema language cannot express.

-- Evidence is required for every status except an explicit "not raised". Checked at
-- commit (deferred), so a status and its first piece can be written in either order,
-- and removing the last piece of a discussed status fails however it is attempted.
CREATE FUNCTION "status_evidence_required"() RETURNS trigger AS $$
DECLARE
    checked_id INTEGER;
BEGIN
    -- Separate branches: each row type has only its own columns.
    IF TG_TABLE_NAME = 'status_assessments' THEN
        checked_id := NEW."id";
    ELSE
        checked_id := OLD."status_id";
    END IF;
    IF EXISTS (
        SELECT 1 FROM "status_assessments" s
         WHERE s."id" = checked_id AND s."status" <> 'NOT_RAISED'
           AND NOT EXISTS (SELECT 1 FROM "status_evidence" e WHERE e."status_id" = s."id")
    ) THEN
        RAISE EXCEPTION 'status % needs at least one piece of evidence', checked_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'status_evidence_required';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "status_assessments_evidence_required"
    AFTER INSERT OR UPDATE OF "status" ON "status_assessments"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "status_evidence_required"();

CREATE CONSTRAINT TRIGGER "status_evidence_last_piece"
    AFTER DELETE OR UPDATE OF "status_id" ON "status_evidence"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "status_evidence_required"();
