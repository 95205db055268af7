-- Teams, following lanes, and one naming scheme for audit actions (issue 12).

-- Lanes belong to teams: one team per distinct owning-team text, its slug derived from the name
-- (lowercase, runs of other characters become one dash, as lib/domain/teams/slugify-team-name.ts;
-- a second name with the same slug gets -2).
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

WITH names AS (
  SELECT DISTINCT btrim("owningTeam") AS name FROM "Lane"
), derived AS (
  SELECT name, rtrim(left(btrim(regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'), '-'), 56), '-') AS slug FROM names
), based AS (
  -- A slug has at least 2 characters (lib/schemas/params.ts): shorter ones become "team".
  SELECT name, CASE WHEN length(slug) >= 2 THEN slug ELSE 'team' END AS slug FROM derived
), numbered AS (
  SELECT name, slug, row_number() OVER (PARTITION BY slug ORDER BY name) AS n FROM based
)
INSERT INTO "Team" ("id", "slug", "name")
SELECT 'team_' || md5(name), CASE WHEN n = 1 THEN slug ELSE slug || '-' || n END, name FROM numbered;

ALTER TABLE "Lane" ADD COLUMN "teamId" TEXT;
UPDATE "Lane" l SET "teamId" = t."id" FROM "Team" t WHERE t."name" = btrim(l."owningTeam");
ALTER TABLE "Lane" ALTER COLUMN "teamId" SET NOT NULL;
ALTER TABLE "Lane" DROP COLUMN "owningTeam";
CREATE INDEX "Lane_teamId_idx" ON "Lane"("teamId");
ALTER TABLE "Lane" ADD CONSTRAINT "Lane_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Following a lane, and when each person last marked their inbox seen.
CREATE TABLE "LaneFollow" (
    "userId" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LaneFollow_pkey" PRIMARY KEY ("userId","laneId")
);
CREATE INDEX "LaneFollow_laneId_idx" ON "LaneFollow"("laneId");
ALTER TABLE "LaneFollow" ADD CONSTRAINT "LaneFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LaneFollow" ADD CONSTRAINT "LaneFollow_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "user" ADD COLUMN "inboxSeenAt" TIMESTAMPTZ(3);

-- One naming scheme for audit actions, <noun>.<verb>: stored events take the new names. The trail
-- is append-only for everyone else; the migration (run by the table owner) lifts the guard for
-- this one rename and puts it back in the same transaction.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "action" = CASE "action"
    WHEN 'lane.stage' THEN 'stage.change'
    WHEN 'lane.stage.change' THEN 'stage.change'
    WHEN 'lane.stage.override' THEN 'stage.override'
    WHEN 'plan_snapshot.push' THEN 'plan.capture'
    WHEN 'rollback.design' THEN 'rollback_design.save'
    WHEN 'rollback.drill' THEN 'drill.record'
    ELSE "action" END
  WHERE "action" IN ('lane.stage', 'lane.stage.change', 'lane.stage.override', 'plan_snapshot.push', 'rollback.design', 'rollback.drill');
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
