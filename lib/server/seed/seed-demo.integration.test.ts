import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { DEMO_LANES } from "@/lib/server/seed/demo-lanes";

const { db } = createTestDb();
const now = new Date();

const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe("seedDemo", () => {
  beforeAll(async () => {
    await seedDemo({ db, now });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("is idempotent: a second run creates nothing and changes no row count", async () => {
    const count = async () => Promise.all([db.user.count(), db.lane.count(), db.release.count(), db.measurement.count(), db.auditEvent.count()]);
    const before = await count();
    const second = await seedDemo({ db, now });
    expect(second.createdLanes).toEqual([]);
    expect(second.skippedLanes).toHaveLength(DEMO_LANES.length);
    expect(await count()).toEqual(before);
  });

  it.each([
    ["nightly-revenue-rollup", "READY", 2, [], []],
    ["ad-attribution-joins", "HOLD", 1, ["STREAK_TOO_SHORT", "EXECUTOR_OWNER_MISSING"], ["NO_EXPLICIT_OWNERSHIP", "ONE_LANE_RULE_OVERRIDDEN"]],
    ["clickstream-sessionization", "STOP", 0, ["STOP_CONDITION", "SLOW_RECOVERY"], []],
    ["log-search-adhoc", "HOLD", 0, ["KPI_MISSING", "ROLLBACK_DRILL_MISSING"], ["POC_DATA_ONLY", "OBSERVABILITY_LATE"]],
    ["inventory-snapshot-etl", "HOLD", 1, ["TARGETS_DEFINED_LATE"], ["EXPANSION_BEFORE_PROOF", "OBSERVABILITY_LATE"]],
    ["customer-360-enrichment", "HOLD", 1, ["STREAK_TOO_SHORT"], []],
    ["supplier-risk-scoring", "HOLD", 0, ["EXECUTOR_OWNER_MISSING", "NO_ROLLBACK_DESIGN", "NO_PLAN_SNAPSHOTS"], []],
  ] as const)("%s is %s with streak %i and the expected reasons and flags", async (slug, verdict, streak, reasons, flags) => {
    const r = await getLaneReadiness({ db, slug, now });
    expect(r.verdict).toBe(verdict);
    expect(r.streak).toBe(streak);
    for (const code of reasons) expect(codes(r.reasons)).toContain(code);
    for (const code of flags) expect(codes(r.flags)).toContain(code);
    if (verdict === "READY") expect(r.reasons).toEqual([]);
  });

  it("keeps the mid-release lane mid-release and the stale drill as a warning only", async () => {
    const r = await getLaneReadiness({ db, slug: "customer-360-enrichment", now });
    expect(r.releases.map((x) => x.status)).toContain("IN_PROGRESS");
    expect(codes(r.warnings)).toEqual(["ROLLBACK_DRILL_STALE"]);
    expect(codes(r.reasons)).not.toContain("ROLLBACK_DRILL_STALE");
  });

  it("gives every demo lane an audit history", async () => {
    const lanes = await db.lane.findMany({ where: { slug: { in: DEMO_LANES.map((l) => l.slug) } }, select: { id: true } });
    const grouped = await db.auditEvent.groupBy({ by: ["laneId"], where: { laneId: { in: lanes.map((l) => l.id) } }, _count: true });
    expect(grouped).toHaveLength(DEMO_LANES.length);
  });
});
