-- Individual cases (issue 10): more situations, dates known only to the month or
-- year, a verbatim quote for every situation and every round a case was raised at,
-- other spellings of a name, a sensitive flag, merges, and the lists of cases the
-- EU handed over at a round.
--
-- Until now only the demo seed wrote cases: its situations named a document but
-- quoted nothing, which proves nothing. The column goes; the seed adds the quotes.

-- AlterEnum (new values sit in the order a case moves through them)
ALTER TYPE "CaseSituation" ADD VALUE 'CONVICTED' BEFORE 'RELEASED';
ALTER TYPE "CaseSituation" ADD VALUE 'IN_PRISON' BEFORE 'RELEASED';
ALTER TYPE "CaseSituation" ADD VALUE 'UNDER_HOUSE_ARREST' BEFORE 'RELEASED';
ALTER TYPE "CaseSituation" ADD VALUE 'ACQUITTED' BEFORE 'DECEASED';

-- DropForeignKey
ALTER TABLE "case_situations" DROP CONSTRAINT "case_situations_document_id_fkey";

-- AlterTable
ALTER TABLE "case_situations" DROP COLUMN "document_id",
ADD COLUMN     "as_of_precision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "case_rounds" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "individual_cases" ADD COLUMN     "spellings" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "name_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sensitive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "merged_into_id" INTEGER;

-- CreateTable
CREATE TABLE "case_situation_evidence" (
    "id" SERIAL NOT NULL,
    "situation_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "translation" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_situation_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_round_evidence" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "round_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "translation" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_round_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handed_over_lists" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "size" INTEGER,
    "document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "translation" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "handed_over_lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handed_over_list_cases" (
    "list_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,

    CONSTRAINT "handed_over_list_cases_pkey" PRIMARY KEY ("list_id","case_id")
);

-- CreateIndex
CREATE INDEX "individual_cases_merged_into_id_idx" ON "individual_cases"("merged_into_id");

-- CreateIndex
CREATE INDEX "individual_cases_name_keys_idx" ON "individual_cases" USING GIN ("name_keys");

-- CreateIndex
CREATE INDEX "case_situation_evidence_situation_id_idx" ON "case_situation_evidence"("situation_id");

-- CreateIndex
CREATE INDEX "case_situation_evidence_document_id_idx" ON "case_situation_evidence"("document_id");

-- CreateIndex
CREATE INDEX "case_rounds_round_id_idx" ON "case_rounds"("round_id");

-- CreateIndex
CREATE INDEX "case_round_evidence_case_id_round_id_idx" ON "case_round_evidence"("case_id", "round_id");

-- CreateIndex
CREATE INDEX "case_round_evidence_document_id_idx" ON "case_round_evidence"("document_id");

-- CreateIndex
CREATE INDEX "handed_over_lists_round_id_idx" ON "handed_over_lists"("round_id");

-- CreateIndex
CREATE INDEX "handed_over_lists_document_id_idx" ON "handed_over_lists"("document_id");

-- CreateIndex
CREATE INDEX "handed_over_list_cases_case_id_idx" ON "handed_over_list_cases"("case_id");

-- AddForeignKey
ALTER TABLE "individual_cases" ADD CONSTRAINT "individual_cases_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "individual_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_situation_evidence" ADD CONSTRAINT "case_situation_evidence_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "case_situations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_situation_evidence" ADD CONSTRAINT "case_situation_evidence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_round_evidence" ADD CONSTRAINT "case_round_evidence_case_id_round_id_fkey" FOREIGN KEY ("case_id", "round_id") REFERENCES "case_rounds"("case_id", "round_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_round_evidence" ADD CONSTRAINT "case_round_evidence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handed_over_lists" ADD CONSTRAINT "handed_over_lists_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handed_over_lists" ADD CONSTRAINT "handed_over_lists_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handed_over_list_cases" ADD CONSTRAINT "handed_over_list_cases_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "handed_over_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handed_over_list_cases" ADD CONSTRAINT "handed_over_list_cases_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "individual_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what Prisma's schema language cannot express.

-- A list of a negative size, or of none, is a typing mistake.
ALTER TABLE "handed_over_lists" ADD CONSTRAINT "handed_over_lists_size_check" CHECK ("size" IS NULL OR "size" > 0);

-- Every situation recorded from now on, and every round a case is raised at, has at
-- least one quote, as statuses do (20261125110000_status_evidence). Checked at
-- commit, so a row and its first piece can be written in either order.
CREATE FUNCTION "case_situation_evidence_required"() RETURNS trigger AS $$
DECLARE
    checked_id INTEGER;
BEGIN
    IF TG_TABLE_NAME = 'case_situations' THEN
        checked_id := NEW."id";
    ELSE
        checked_id := OLD."situation_id";
    END IF;
    IF EXISTS (
        SELECT 1 FROM "case_situations" s
         WHERE s."id" = checked_id
           AND NOT EXISTS (SELECT 1 FROM "case_situation_evidence" e WHERE e."situation_id" = s."id")
    ) THEN
        RAISE EXCEPTION 'case situation % needs at least one piece of evidence', checked_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'case_situation_evidence_required';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "case_situations_evidence_required"
    AFTER INSERT ON "case_situations"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "case_situation_evidence_required"();

CREATE CONSTRAINT TRIGGER "case_situation_evidence_last_piece"
    AFTER DELETE OR UPDATE OF "situation_id" ON "case_situation_evidence"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "case_situation_evidence_required"();

CREATE FUNCTION "case_round_evidence_required"() RETURNS trigger AS $$
DECLARE
    checked_case INTEGER;
    checked_round INTEGER;
BEGIN
    IF TG_TABLE_NAME = 'case_rounds' THEN
        checked_case := NEW."case_id";
        checked_round := NEW."round_id";
    ELSE
        checked_case := OLD."case_id";
        checked_round := OLD."round_id";
    END IF;
    IF EXISTS (
        SELECT 1 FROM "case_rounds" r
         WHERE r."case_id" = checked_case AND r."round_id" = checked_round
           AND NOT EXISTS (
               SELECT 1 FROM "case_round_evidence" e WHERE e."case_id" = r."case_id" AND e."round_id" = r."round_id"
           )
    ) THEN
        RAISE EXCEPTION 'case % at round % needs at least one piece of evidence', checked_case, checked_round
            USING ERRCODE = 'check_violation', CONSTRAINT = 'case_round_evidence_required';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- UPDATE too: a merge moves a case's rounds to the case kept.
CREATE CONSTRAINT TRIGGER "case_rounds_evidence_required"
    AFTER INSERT OR UPDATE OF "case_id", "round_id" ON "case_rounds"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "case_round_evidence_required"();

CREATE CONSTRAINT TRIGGER "case_round_evidence_last_piece"
    AFTER DELETE OR UPDATE OF "case_id", "round_id" ON "case_round_evidence"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION "case_round_evidence_required"();
