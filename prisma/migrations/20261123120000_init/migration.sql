-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'VIEWER');

-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('HUMAN_RIGHTS_DIALOGUE', 'JHA_SUBCOMMITTEE', 'OTHER_ENGAGEMENT');

-- CreateEnum
CREATE TYPE "RoundFormat" AS ENUM ('IN_PERSON', 'ONLINE');

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('RAISED', 'NO_PROGRESS', 'IN_PROGRESS', 'RESOLVED', 'REGRESSED', 'NOT_RAISED');

-- CreateEnum
CREATE TYPE "CaseSituation" AS ENUM ('DETAINED', 'RELEASED', 'DECEASED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'MERGE');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "last_login_at" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rounds" (
    "id" SERIAL NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "number" INTEGER,
    "title" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "place" TEXT,
    "format" "RoundFormat" NOT NULL DEFAULT 'IN_PERSON',
    "eu_delegation_head" TEXT,
    "kz_delegation_head" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_documents" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "published_on" DATE NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "source_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_rounds" (
    "document_id" INTEGER NOT NULL,
    "round_id" INTEGER NOT NULL,

    CONSTRAINT "document_rounds_pkey" PRIMARY KEY ("document_id","round_id")
);

-- CreateTable
CREATE TABLE "themes" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "themes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "concerns" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "theme_id" INTEGER NOT NULL,
    "legal_references" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "first_raised_round_id" INTEGER,
    "merged_into_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "concerns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_assessments" (
    "id" SERIAL NOT NULL,
    "concern_id" INTEGER NOT NULL,
    "round_id" INTEGER NOT NULL,
    "status" "Status" NOT NULL,
    "quote" TEXT,
    "document_id" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "status_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individual_cases" (
    "id" SERIAL NOT NULL,
    "person_name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "individual_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_situations" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "situation" "CaseSituation" NOT NULL,
    "as_of" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "document_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_situations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_rounds" (
    "case_id" INTEGER NOT NULL,
    "round_id" INTEGER NOT NULL,

    CONSTRAINT "case_rounds_pkey" PRIMARY KEY ("case_id","round_id")
);

-- CreateTable
CREATE TABLE "concern_cases" (
    "concern_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,

    CONSTRAINT "concern_cases_pkey" PRIMARY KEY ("concern_id","case_id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" INTEGER,
    "action" "AuditAction" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "login_attempts_email_created_at_idx" ON "login_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_created_at_idx" ON "login_attempts"("ip", "created_at");

-- CreateIndex
CREATE INDEX "rounds_start_date_idx" ON "rounds"("start_date");

-- CreateIndex
CREATE UNIQUE INDEX "rounds_kind_number_key" ON "rounds"("kind", "number");

-- CreateIndex
CREATE INDEX "source_documents_published_on_idx" ON "source_documents"("published_on");

-- CreateIndex
CREATE INDEX "document_rounds_round_id_idx" ON "document_rounds"("round_id");

-- CreateIndex
CREATE UNIQUE INDEX "themes_slug_key" ON "themes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "themes_name_key" ON "themes"("name");

-- CreateIndex
CREATE INDEX "concerns_theme_id_idx" ON "concerns"("theme_id");

-- CreateIndex
CREATE INDEX "concerns_merged_into_id_idx" ON "concerns"("merged_into_id");

-- CreateIndex
CREATE INDEX "status_assessments_round_id_status_idx" ON "status_assessments"("round_id", "status");

-- CreateIndex
CREATE INDEX "status_assessments_document_id_idx" ON "status_assessments"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "status_assessments_concern_id_round_id_key" ON "status_assessments"("concern_id", "round_id");

-- CreateIndex
CREATE INDEX "case_situations_case_id_as_of_idx" ON "case_situations"("case_id", "as_of");

-- CreateIndex
CREATE INDEX "concern_cases_case_id_idx" ON "concern_cases"("case_id");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_created_at_idx" ON "audit_events"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events"("actor_id");

-- AddForeignKey
ALTER TABLE "document_rounds" ADD CONSTRAINT "document_rounds_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_rounds" ADD CONSTRAINT "document_rounds_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_first_raised_round_id_fkey" FOREIGN KEY ("first_raised_round_id") REFERENCES "rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "concerns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_assessments" ADD CONSTRAINT "status_assessments_concern_id_fkey" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_assessments" ADD CONSTRAINT "status_assessments_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_assessments" ADD CONSTRAINT "status_assessments_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_assessments" ADD CONSTRAINT "status_assessments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_situations" ADD CONSTRAINT "case_situations_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "individual_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_situations" ADD CONSTRAINT "case_situations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_rounds" ADD CONSTRAINT "case_rounds_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "individual_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_rounds" ADD CONSTRAINT "case_rounds_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_cases" ADD CONSTRAINT "concern_cases_concern_id_fkey" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concern_cases" ADD CONSTRAINT "concern_cases_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "individual_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below: what Prisma's schema language cannot express.

-- Evidence is required for every status except an explicit "not raised".
ALTER TABLE "status_assessments" ADD CONSTRAINT "status_assessments_evidence_check"
    CHECK ("status" = 'NOT_RAISED' OR ("quote" IS NOT NULL AND "document_id" IS NOT NULL));

-- The audit log is append-only.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_events_no_update_or_delete"
    BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

-- Text similarity for suggesting concerns that match a passage.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
