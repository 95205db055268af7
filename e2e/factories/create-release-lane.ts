import { randomBytes } from "node:crypto";
import pg from "pg";

const DAY_MS = 86_400_000;
const id = () => `e2e${randomBytes(10).toString("hex")}`;

/**
 * A lane ready for releases, as the lane, owner, target and rollback workflows leave it: both
 * owners, KPI targets v1 (p95 latency 20% under 4,200 ms, stop at +10%; zero result mismatches,
 * stop at any), a rollback design with a 5-minute drill and a plan snapshot, all ten days old.
 * Written straight to the run's database (run-e2e.mjs gives Playwright its DATABASE_URL) so the
 * setup can be dated in the past; everything the spec exercises goes through the UI.
 */
const created: string[] = [];

/**
 * Removes the lanes this factory made, so later specs see only the seeded organisation: a lane
 * left READY here would lift the one-lane rule for everyone after.
 */
export async function deleteReleaseLanes(): Promise<void> {
  if (created.length === 0) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DELETE FROM "Lane" WHERE slug = ANY($1)`, [created.splice(0)]);
  } finally {
    await client.end();
  }
}

export async function createReleaseLane(name: string): Promise<{ slug: string; name: string }> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  created.push(slug);
  const setup = new Date(Date.now() - 10 * DAY_MS);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const laneId = id();
    await client.query(
      `INSERT INTO "Team" (id, slug, name) VALUES ('team_e2e', 'e2e-team', 'E2E team') ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "Lane" (id, slug, name, workload, "teamId", "engineVersion", stage, "leftProposedAt", "createdAt", "updatedAt") VALUES ($1,$2,$3,'Nightly rollup of orders',(SELECT id FROM "Team" WHERE slug = 'e2e-team'),'DataFusion 53.1.0','SHADOW',$4,$4,$4)`,
      [laneId, slug, name, setup],
    );
    for (const role of ["PLANNER", "EXECUTOR"]) {
      const userId = id();
      await client.query(
        `INSERT INTO "user" (id, name, email, role, "createdAt", "updatedAt") VALUES ($1,$2,$3,'LANE_OWNER',$4,$4)`,
        [userId, `${role.toLowerCase()} of ${slug}`, `${role.toLowerCase()}.${slug}@e2e.test`, setup],
      );
      await client.query(
        `INSERT INTO "OwnerAssignment" (id, "laneId", role, "userId", reason, "assignedAt") VALUES ($1,$2,$3,$4,'accountable owner',$5)`,
        [id(), laneId, role, userId, setup],
      );
    }
    const versionId = id();
    await client.query(
      `INSERT INTO "TargetVersion" (id, "laneId", version, status, "createdAt", "approvedAt", "effectiveFrom") VALUES ($1,$2,1,'APPROVED',$3,$3,$3)`,
      [versionId, laneId, setup],
    );
    await client.query(
      `INSERT INTO "KpiTarget" (id, "targetVersionId", "kpiKey", label, unit, direction, baseline, "targetKind", "targetValue", "stopKind", "stopValue", position) VALUES
       ($1,$3,'p95_latency_ms','p95 latency','ms','LOWER_IS_BETTER',4200,'RELATIVE',0.2,'RELATIVE',0.1,0),
       ($2,$3,'result_mismatches','Result mismatches','queries','LOWER_IS_BETTER',0,'ABSOLUTE',0,'ABSOLUTE',0,1)`,
      [id(), id(), versionId],
    );
    await client.query(
      `INSERT INTO "RollbackDesign" (id, "laneId", "runbookUrl", "rollbackTarget", "updatedAt") VALUES ($1,$2,'https://runbooks.example/rb','warehouse job',$3)`,
      [id(), laneId, setup],
    );
    await client.query(
      `INSERT INTO "RollbackDrill" (id, "laneId", "performedAt", "recoverySeconds") VALUES ($1,$2,$3,300)`,
      [id(), laneId, setup],
    );
    await client.query(
      `INSERT INTO "PlanSnapshot" (id, "laneId", "queryName", "rawText", "capturedAt") VALUES ($1,$2,'revenue_by_region','ProjectionExec: expr=[region]',$3)`,
      [id(), laneId, setup],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { slug, name };
}
