-- Every row that can be changed after it is written carries a version, so that of two concurrent
-- changes based on the same version exactly one wins and the other is refused (409 STALE_VERSION).
ALTER TABLE "Incident" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Regression" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Measurement" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "TargetVersion" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "user" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Idempotency keys are now reserved in the write's own transaction, so a reservation without a
-- response (status 0) can no longer be committed. Rows left "in progress" by the old two-step
-- reservation (a crash or outage mid-write) kept their key refused for good; removing them lets a
-- retry run. They hold no response, so nothing a client could get back is lost.
DELETE FROM "IdempotencyKey" WHERE "responseStatus" = 0;
