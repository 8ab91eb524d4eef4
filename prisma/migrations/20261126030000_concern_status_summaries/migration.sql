-- Per concern and round kind: its current status over the rounds of that kind
-- (the rule of lib/domain/status.ts currentStatus: the latest discussed status,
-- else NOT_RAISED; rounds in date order, ties by id) and at how many of them it
-- was discussed. The default dashboard reads these instead of aggregating every
-- assessment (lib/data/dashboard-sql.ts overviewSql). The database keeps them in
-- the writing transaction, whatever the write path (actions, merges, deletes,
-- the seed, imports); test/integration/status-summaries.test.ts checks them
-- against the on-the-fly rule after random writes.
CREATE TABLE "concern_status_summaries" (
    "concern_id" INTEGER NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "current" "Status" NOT NULL,
    "discussed" INTEGER NOT NULL,

    CONSTRAINT "concern_status_summaries_pkey" PRIMARY KEY ("concern_id","kind")
);

ALTER TABLE "concern_status_summaries" ADD CONSTRAINT "concern_status_summaries_concern_id_fkey"
    FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the summaries of these (concern, kind) pairs. Writers of one
-- concern take turns (transaction-level advisory locks on 64 buckets of concern
-- ids, taken in order, so a bulk write holds at most 64 locks), and each
-- statement below takes a fresh snapshot: the last writer counts every committed
-- assessment, and none is lost to a concurrent save.
CREATE FUNCTION "dt_refresh_status_summaries"("concern_ids" INTEGER[], "kinds" "RoundKind"[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1684370259, k.bucket)
       FROM (SELECT DISTINCT concern_id % 64 AS bucket FROM unnest(concern_ids) AS u(concern_id) ORDER BY 1) k;
    DELETE FROM "concern_status_summaries" s
     USING unnest(concern_ids, kinds) AS a(concern_id, kind)
     WHERE s."concern_id" = a.concern_id AND s."kind" = a.kind;
    INSERT INTO "concern_status_summaries" ("concern_id", "kind", "current", "discussed")
    SELECT sa."concern_id", r."kind",
           -- Discussed after NOT_RAISED, then by date and id: the last is the current status.
           (array_agg(sa."status" ORDER BY sa."status" <> 'NOT_RAISED', r."start_date", r."id"))[count(*)],
           (count(*) FILTER (WHERE sa."status" <> 'NOT_RAISED'))::int
      FROM (SELECT DISTINCT concern_id, kind FROM unnest(concern_ids, kinds) AS u(concern_id, kind)) a
      JOIN "status_assessments" sa ON sa."concern_id" = a.concern_id
      JOIN "rounds" r ON r."id" = sa."round_id" AND r."kind" = a.kind
     GROUP BY sa."concern_id", r."kind";
END;
$$;

CREATE FUNCTION "status_summaries_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "dt_refresh_status_summaries"(array_agg(n."concern_id"), array_agg(r."kind"))
       FROM new_rows n JOIN "rounds" r ON r."id" = n."round_id";
    RETURN NULL;
END;
$$;

CREATE FUNCTION "status_summaries_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "dt_refresh_status_summaries"(array_agg(x.concern_id), array_agg(r."kind"))
       FROM (SELECT "concern_id", "round_id" FROM old_rows UNION SELECT "concern_id", "round_id" FROM new_rows) x
       JOIN "rounds" r ON r."id" = x.round_id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "status_summaries_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "dt_refresh_status_summaries"(array_agg(o."concern_id"), array_agg(r."kind"))
       FROM old_rows o JOIN "rounds" r ON r."id" = o."round_id";
    RETURN NULL;
END;
$$;

-- A round moved in time or to another kind reorders, or moves, its concerns'
-- assessments. (A trigger with transition tables cannot name columns: other
-- edits are filtered out here.)
CREATE FUNCTION "status_summaries_after_round_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "dt_refresh_status_summaries"(array_agg(sa."concern_id"), array_agg(k.kind))
       FROM (SELECT o."id", unnest(ARRAY[o."kind", n."kind"]) AS kind
               FROM old_rows o JOIN new_rows n ON n."id" = o."id"
              WHERE o."start_date" <> n."start_date" OR o."kind" <> n."kind") k
       JOIN "status_assessments" sa ON sa."round_id" = k."id";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "status_summaries_after_insert" AFTER INSERT ON "status_assessments"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "status_summaries_after_insert"();
CREATE TRIGGER "status_summaries_after_update" AFTER UPDATE ON "status_assessments"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "status_summaries_after_update"();
CREATE TRIGGER "status_summaries_after_delete" AFTER DELETE ON "status_assessments"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "status_summaries_after_delete"();
CREATE TRIGGER "status_summaries_after_round_update" AFTER UPDATE ON "rounds"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "status_summaries_after_round_update"();

SELECT "dt_refresh_status_summaries"(array_agg(p.concern_id), array_agg(p.kind))
  FROM (SELECT DISTINCT sa."concern_id", r."kind" FROM "status_assessments" sa JOIN "rounds" r ON r."id" = sa."round_id") p;
