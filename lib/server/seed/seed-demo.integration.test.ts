import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { DEMO_LANES } from "@/lib/server/seed/demo-lanes";

const { db } = createTestDb();
const now = new Date();

const DEMO_TEAMS = [...new Set(DEMO_LANES.map((l) => l.owningTeam))];
const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe("seedDemo", () => {
  beforeAll(async () => {
    await seedDemo({ db, now });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("is idempotent: a second run creates nothing and changes no row count", async () => {
    const count = async () =>
      Promise.all([
        db.user.count(),
        db.lane.count(),
        db.release.count(),
        db.measurement.count(),
        db.auditEvent.count(),
      ]);
    const before = await count();
    const second = await seedDemo({ db, now });
    expect(second.createdLanes).toEqual([]);
    expect(second.skippedLanes).toHaveLength(DEMO_LANES.length);
    expect(await count()).toEqual(before);
  });

  it.each([
    ["nightly-revenue-rollup", "READY", 2, [], []],
    [
      "ad-attribution-joins",
      "HOLD",
      1,
      ["STREAK_TOO_SHORT", "EXECUTOR_OWNER_MISSING"],
      ["NO_EXPLICIT_OWNERSHIP", "ONE_LANE_RULE_OVERRIDDEN"],
    ],
    ["clickstream-sessionization", "STOP", 0, ["STOP_CONDITION", "SLOW_RECOVERY"], []],
    ["log-search-adhoc", "HOLD", 0, ["KPI_MISSING", "ROLLBACK_DRILL_MISSING"], ["POC_DATA_ONLY", "OBSERVABILITY_LATE"]],
    ["inventory-snapshot-etl", "HOLD", 1, ["TARGETS_DEFINED_LATE"], ["EXPANSION_BEFORE_PROOF", "OBSERVABILITY_LATE"]],
    ["customer-360-enrichment", "HOLD", 1, ["STREAK_TOO_SHORT"], []],
    ["supplier-risk-scoring", "HOLD", 0, ["EXECUTOR_OWNER_MISSING", "NO_ROLLBACK_DESIGN", "NO_PLAN_SNAPSHOTS"], []],
  ] as const)(
    "%s is %s with streak %i and the expected reasons and flags",
    async (slug, verdict, streak, reasons, flags) => {
      const r = await getLaneReadiness({ db, slug, now });
      expect(r.verdict).toBe(verdict);
      expect(r.streak).toBe(streak);
      for (const code of reasons) expect(codes(r.reasons)).toContain(code);
      for (const code of flags) expect(codes(r.flags)).toContain(code);
      if (verdict === "READY") expect(r.reasons).toEqual([]);
    },
  );

  it("keeps the mid-release lane mid-release and the stale drill as a warning only", async () => {
    const r = await getLaneReadiness({ db, slug: "customer-360-enrichment", now });
    expect(r.releases.map((x) => x.status)).toContain("IN_PROGRESS");
    expect(codes(r.warnings)).toEqual(["ROLLBACK_DRILL_STALE"]);
    expect(codes(r.reasons)).not.toContain("ROLLBACK_DRILL_STALE");
  });

  it("gives every demo lane an audit history", async () => {
    const lanes = await db.lane.findMany({
      where: { slug: { in: DEMO_LANES.map((l) => l.slug) } },
      select: { id: true },
    });
    const grouped = await db.auditEvent.groupBy({
      by: ["laneId"],
      where: { laneId: { in: lanes.map((l) => l.id) } },
      _count: true,
    });
    expect(grouped).toHaveLength(DEMO_LANES.length);
  });

  it.each(DEMO_LANES.map((l) => [l.slug]))(
    "%s has a readiness history whose latest verdict is its current verdict",
    async (slug) => {
      const lane = await db.lane.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const history = await db.readinessChange.findMany({
        where: { laneId: lane.id },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      });
      expect(history.length).toBeGreaterThan(0);
      const current = await getLaneReadiness({ db, slug, now });
      expect(history.at(-1)).toMatchObject({ verdict: current.verdict, streak: current.streak });
      // Historical times, not the moment the seed ran.
      expect(history[0]!.at.getTime()).toBeLessThan(now.getTime() - 86_400_000);
    },
  );

  it("records the demo's story in readiness history: the clickstream lane turned STOP when the breaching measurement was recorded", async () => {
    const lane = await db.lane.findUniqueOrThrow({
      where: { slug: "clickstream-sessionization" },
      select: { id: true },
    });
    // Both measurements of that release were taken at the same instant: the audit id orders the writes.
    const stop = await db.readinessChange.findFirstOrThrow({
      where: { laneId: lane.id, verdict: "STOP" },
      orderBy: [{ at: "asc" }, { auditEventId: "asc" }],
    });
    expect(stop.cause).toBe("p95_latency_ms = 3070 (production) recorded for release 2026.11.2");
    expect(stop.auditEventId).not.toBeNull();
    const nightly = await db.lane.findUniqueOrThrow({
      where: { slug: "nightly-revenue-rollup" },
      select: { id: true },
    });
    const ready = await db.readinessChange.findFirstOrThrow({
      where: { laneId: nightly.id, verdict: "READY" },
      orderBy: { at: "asc" },
    });
    expect(ready.cause).toBe("Observation window of release 2026.11.1 ended");
  });

  it("writes the whole organisation's audit trail in time order, so newest first by id is newest first by time", async () => {
    // Other test files share this database: only the demo's own events (its lanes and teams).
    const lanes = await db.lane.findMany({
      where: { slug: { in: DEMO_LANES.map((l) => l.slug) } },
      select: { id: true },
    });
    const teams = await db.team.findMany({ where: { name: { in: DEMO_TEAMS } }, select: { id: true } });
    const events = await db.auditEvent.findMany({
      where: {
        OR: [
          { laneId: { in: lanes.map((l) => l.id) } },
          { entityType: "Team", entityId: { in: teams.map((t) => t.id) } },
        ],
      },
      orderBy: { id: "asc" },
      select: { at: true },
    });
    expect(events.length).toBeGreaterThan(50);
    const outOfOrder = events.filter((e, i) => i > 0 && e.at.getTime() < events[i - 1]!.at.getTime());
    expect(outOfOrder).toEqual([]);
  });

  it("creates the demo's teams and puts each lane in its owning team", async () => {
    const lanes = await db.lane.findMany({ select: { slug: true, team: { select: { slug: true, name: true } } } });
    expect(lanes.find((l) => l.slug === "nightly-revenue-rollup")?.team).toEqual({
      slug: "finance-data-platform",
      name: "Finance Data Platform",
    });
    const teams = await db.team.findMany({ where: { name: { in: DEMO_TEAMS } }, select: { id: true } });
    expect(teams).toHaveLength(DEMO_TEAMS.length);
    expect(
      await db.auditEvent.count({ where: { action: "team.create", entityId: { in: teams.map((t) => t.id) } } }),
    ).toBe(DEMO_TEAMS.length);
  });

  it("writes audit events through the use cases with the demo people as actors and historical times", async () => {
    const lane = await db.lane.findUniqueOrThrow({ where: { slug: "nightly-revenue-rollup" }, select: { id: true } });
    const events = await db.auditEvent.findMany({ where: { laneId: lane.id }, orderBy: { at: "asc" } });
    expect(events[0]).toMatchObject({ action: "lane.create", actorType: "USER", actorLabel: "Priya Raman" });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "release.create",
        "release.deploy",
        "measurement.record",
        "incident.record",
        "incident.resolve",
        "regression.record",
        "regression.recover",
        "targets.define",
        "owner.assign",
      ]),
    );
    const deploys = events.filter((e) => e.action === "release.deploy");
    expect(deploys.map((e) => Math.round((now.getTime() - e.at.getTime()) / 86_400_000))).toEqual([78, 50, 24]);
    const frozen = await db.targetVersion.findFirstOrThrow({ where: { laneId: lane.id, version: 1 } });
    expect(frozen.frozenAt).toEqual(deploys[0]!.at);
  });
});
