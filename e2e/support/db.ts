// Direct database access for API specs: set up lanes the API cannot create yet and check that a
// retried request wrote nothing new. run-e2e.mjs passes the fresh database's DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const created: string[] = [];

/**
 * Removes the lanes this spec file created (cascading to their releases, runs and plans; audit
 * events have no foreign key and stay), so specs that count the seeded lanes see only those.
 */
export async function deleteCreatedLanes(): Promise<void> {
  if (created.length) await sql(`DELETE FROM "Lane" WHERE id = ANY($1)`, [created.splice(0)]);
}

export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;

/**
 * A lane with a p95_latency_ms target in force (baseline `latencyBaseline` ms, 20% lower wanted,
 * stop at 10% worse), so a candidate benchmark run has a KPI to record.
 */
export async function createLaneWithLatencyTarget(slug: string, latencyBaseline = 1000): Promise<string> {
  const id = `e2e_${randomBytes(8).toString("hex")}`;
  const tv = `${id}_tv`;
  created.push(id);
  // Lanes belong to a team: the spec's own, made once (concurrent specs race harmlessly).
  await sql(`INSERT INTO "Team" (id, slug, name) VALUES ('team_e2e', 'e2e-team', 'E2E team') ON CONFLICT DO NOTHING`);
  await sql(
    `INSERT INTO "Lane" (id, slug, name, workload, "teamId", "engineVersion", stage, "updatedAt") VALUES ($1, $2, $3, 'E2E workload', (SELECT id FROM "Team" WHERE slug = 'e2e-team'), 'DataFusion 53.1.0', 'SHADOW', now())`,
    [id, slug, `E2E ${slug}`],
  );
  await sql(
    `INSERT INTO "TargetVersion" (id, "laneId", version, status, "approvedAt", "effectiveFrom") VALUES ($1, $2, 1, 'APPROVED', now() - interval '1 day', now() - interval '1 day')`,
    [tv, id],
  );
  await sql(
    `INSERT INTO "KpiTarget" (id, "targetVersionId", "kpiKey", label, unit, direction, baseline, "targetKind", "targetValue", "stopKind", "stopValue", position)
     VALUES ($1, $2, 'p95_latency_ms', 'p95 latency', 'ms', 'LOWER_IS_BETTER', $3, 'RELATIVE', 0.2, 'RELATIVE', 0.1, 0)`,
    [`${id}_kpi`, tv, latencyBaseline],
  );
  return id;
}
