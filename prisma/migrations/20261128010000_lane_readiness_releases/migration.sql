-- The readiness API answers from the stored row (issue 13): it also needs each release's status and
-- reason codes. Null on rows written before this column existed: the API evaluates those lanes live
-- until their next change (or scheduled re-evaluation) writes the column.
ALTER TABLE "LaneReadiness" ADD COLUMN "releases" JSONB;
