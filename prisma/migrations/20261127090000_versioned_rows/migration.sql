-- Every row that can be changed after it is written carries a version, so that of two concurrent
-- changes based on the same version exactly one wins and the other is refused (409 STALE_VERSION).
ALTER TABLE "Incident" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Regression" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Measurement" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "TargetVersion" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "user" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
