import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, days } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";
import { invalidateMeasurement } from "@/lib/server/measurements/invalidate-measurement";
import { recordIncident } from "@/lib/server/incidents/record-incident";
import { resolveIncident } from "@/lib/server/incidents/resolve-incident";
import { recordRegression } from "@/lib/server/regressions/record-regression";
import { recordRecovery } from "@/lib/server/regressions/record-recovery";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";

const { db } = createTestDb();
const actor: Actor = { type: "SYSTEM", label: "evidence test" };
const T0 = new Date("2026-10-01T08:00:00.000Z");
const iso = (d: Date) => d.toISOString();
const evaluate = async (slug: string, now: Date) => (await getLaneDetail({ db, slug, now })).evaluation;

async function deployed(slug: string, label: string, at: Date) {
  await createRelease({ db, actor, slug, input: { versionLabel: label, engineVersion: "53" }, now: at });
  await deployRelease({ db, actor, slug, label, input: { observationWindowHours: 168 }, now: at });
}
async function measure(
  slug: string,
  label: string,
  kpiKey: string,
  value: number,
  at: Date,
  source: "PRODUCTION" | "SHADOW" | "SYNTHETIC" = "PRODUCTION",
) {
  return recordMeasurement({ db, actor, slug, label, input: { kpiKey, value, source, takenAt: iso(at) }, now: at });
}
/** A release whose KPIs pass, closed two days after deployment. */
async function stable(slug: string, label: string, at: Date) {
  await deployed(slug, label, at);
  await measure(slug, label, "p95_latency_ms", 3100, days(at, 1));
  await measure(slug, label, "result_mismatches", 0, days(at, 1), "SHADOW");
  await closeReleaseWindow({ db, actor, slug, label, input: {}, now: days(at, 2) });
}
const snapshot = (laneId: string) =>
  Promise.all([
    db.release.findMany({ where: { laneId }, orderBy: { id: "asc" } }),
    db.measurement.findMany({ where: { release: { laneId } }, orderBy: { id: "asc" } }),
    db.incident.findMany({ where: { laneId }, orderBy: { id: "asc" } }),
    db.regression.findMany({ where: { release: { laneId } }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { laneId } }),
    db.readinessChange.count({ where: { laneId } }),
  ]);

afterAll(async () => {
  await db.$disconnect();
});

describe("measurements", () => {
  it("refuses a KPI that is not a target of the version in force, naming the valid keys, and writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    const before = await snapshot(lane.id);
    const error = await measure(slug, "r1", "p99_latency_ms", 10, days(T0, 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UNKNOWN_KPI", status: 422, details: { params: [{ pointer: "/kpiKey" }] } });
    expect((error as Error).message).toContain("p99_latency_ms");
    expect(await snapshot(lane.id)).toEqual(before);
  });

  it("refuses measurements on a release that is only planned, and in the future", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    const before = await snapshot(lane.id);
    await expect(measure(slug, "r1", "p95_latency_ms", 3000, T0)).rejects.toMatchObject({
      code: "RELEASE_NOT_DEPLOYED",
    });
    await deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 24 }, now: T0 });
    const deployedSnap = await snapshot(lane.id);
    await expect(
      recordMeasurement({
        db,
        actor,
        slug,
        label: "r1",
        input: { kpiKey: "p95_latency_ms", value: 1, source: "PRODUCTION", takenAt: iso(days(T0, 1)) },
        now: T0,
      }),
    ).rejects.toMatchObject({
      code: "TAKEN_IN_FUTURE",
    });
    expect(await snapshot(lane.id)).toEqual(deployedSnap);
    expect(before[1]).toEqual([]);
  });

  it("the latest re-measurement supersedes an earlier one", async () => {
    const { slug } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    await measure(slug, "r1", "p95_latency_ms", 3650, days(T0, 1));
    const second = await measure(slug, "r1", "p95_latency_ms", 3020, days(T0, 2));
    const r = await evaluate(slug, days(T0, 2));
    const kpi = r.releases[0]?.kpis.find((k) => k.kpiKey === "p95_latency_ms");
    expect(kpi).toMatchObject({ measurementId: second.id, value: 3020, met: true });
  });

  it("an invalidated measurement stays visible, no longer counts, and flags the decisions that rested on it", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await stable(slug, "r1", T0);
    await stable(slug, "r2", days(T0, 5));
    const ready = await getLaneReadiness({ db, slug, now: days(T0, 8) });
    expect(ready.verdict).toBe("READY");
    // A platform lead approved expansion on that evaluation (as recordDecision writes it).
    const decision = await db.decision.create({
      data: {
        laneId: lane.id,
        outcome: "APPROVED",
        reason: "two stable releases",
        decidedAt: days(T0, 8),
        evaluation: JSON.parse(JSON.stringify(ready)),
      },
    });
    const unrelated = await db.decision.create({
      data: {
        laneId: lane.id,
        outcome: "REFUSED",
        reason: "too early",
        decidedAt: days(T0, 0.5),
        evaluation: { releases: [] },
      },
    });
    const target = await db.measurement.findFirstOrThrow({
      where: { release: { laneId: lane.id, versionLabel: "r2" }, kpiKey: "p95_latency_ms" },
    });

    const result = await invalidateMeasurement({
      db,
      actor,
      slug,
      id: target.id,
      input: { reason: "benchmark host was throttled" },
      now: days(T0, 9),
    });
    expect(result.flaggedDecisions).toBe(1);

    const row = await db.measurement.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ invalidatedAt: days(T0, 9), invalidationReason: "benchmark host was throttled" });
    const after = await evaluate(slug, days(T0, 9));
    expect(after.verdict).toBe("HOLD");
    expect(
      after.releases.find((x) => x.versionLabel === "r2")?.kpis.find((k) => k.kpiKey === "p95_latency_ms"),
    ).toMatchObject({ measurementId: null, met: false });
    expect(await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).toMatchObject({ needsReview: true });
    expect((await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).needsReviewReason).toContain(
      "benchmark host was throttled",
    );
    expect(await db.decision.findUniqueOrThrow({ where: { id: unrelated.id } })).toMatchObject({ needsReview: false });
    const history = await db.readinessChange.findFirstOrThrow({ where: { laneId: lane.id }, orderBy: { at: "desc" } });
    expect(history).toMatchObject({ verdict: "HOLD", cause: "Measurement invalidated: benchmark host was throttled" });

    const before = await snapshot(lane.id);
    await expect(
      invalidateMeasurement({ db, actor, slug, id: target.id, input: { reason: "again" }, now: days(T0, 10) }),
    ).rejects.toMatchObject({ code: "MEASUREMENT_ALREADY_INVALIDATED" });
    expect(await snapshot(lane.id)).toEqual(before);
  });

  it("a stop-condition breach on an open release halts the rollout: the window closes and the lane is STOP at once", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await stable(slug, "r1", T0);
    await deployed(slug, "r2", days(T0, 5));
    const at = days(T0, 6);
    // 4,700 ms is more than 10% worse than the 4,200 ms baseline.
    const m = await measure(slug, "r2", "p95_latency_ms", 4700, at);
    expect(m.haltedRollout).toBe(true);
    const release = await db.release.findFirstOrThrow({ where: { laneId: lane.id, versionLabel: "r2" } });
    expect(release.observationEndsAt).toEqual(at);
    const r = await getLaneReadiness({ db, slug, now: at });
    expect(r.verdict).toBe("STOP");
    expect(r.reasons[0]?.code).toBe("STOP_CONDITION");
    const history = await db.readinessChange.findFirstOrThrow({ where: { laneId: lane.id }, orderBy: { at: "desc" } });
    expect(history).toMatchObject({
      verdict: "STOP",
      at,
      cause: "p95_latency_ms = 4700 (production) recorded for release r2",
    });
  });

  it("a breaching synthetic value, or one superseded by a later measurement, does not halt the rollout", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    await measure(slug, "r1", "p95_latency_ms", 3000, days(T0, 2));
    expect((await measure(slug, "r1", "p95_latency_ms", 9000, days(T0, 3), "SYNTHETIC")).haltedRollout).toBe(false);
    expect(
      (
        await recordMeasurement({
          db,
          actor,
          slug,
          label: "r1",
          input: { kpiKey: "p95_latency_ms", value: 9000, source: "PRODUCTION", takenAt: iso(days(T0, 1)) },
          now: days(T0, 3),
        })
      ).haltedRollout,
    ).toBe(false);
    expect((await db.release.findFirstOrThrow({ where: { laneId: lane.id } })).observationEndsAt).toEqual(days(T0, 7));
  });
});

describe("incidents", () => {
  it("a P1 incident breaks the streak: READY → HOLD, and readiness history names the incident as the cause", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await stable(slug, "r1", T0);
    await stable(slug, "r2", days(T0, 5));
    expect((await getLaneReadiness({ db, slug, now: days(T0, 8) })).verdict).toBe("READY");
    await recordIncident({
      db,
      actor,
      slug,
      label: "r2",
      input: { ref: "INC-1", severity: "P1", title: "Close dashboards empty", openedAt: iso(days(T0, 6)) },
      now: days(T0, 8),
    });
    const r = await getLaneReadiness({ db, slug, now: days(T0, 8) });
    expect(r).toMatchObject({ verdict: "HOLD", streak: 0 });
    expect(r.reasons.map((x) => x.code)).toContain("PRIORITY_INCIDENT");
    const history = await db.readinessChange.findMany({ where: { laneId: lane.id }, orderBy: { at: "desc" }, take: 2 });
    expect(history[0]).toMatchObject({
      verdict: "HOLD",
      streak: 0,
      cause: "P1 incident INC-1 linked to release r2",
      at: days(T0, 8),
    });
    expect(history[1]).toMatchObject({ verdict: "READY", streak: 2 });
  });

  it("refuses a reference already used in the lane, and a resolution before the opening; writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    const incident = await recordIncident({
      db,
      actor,
      slug,
      label: "r1",
      input: { ref: "INC-7", severity: "P3", title: "Slow", openedAt: iso(days(T0, 1)) },
      now: days(T0, 1),
    });
    const before = await snapshot(lane.id);
    await expect(
      recordIncident({
        db,
        actor,
        slug,
        label: "r1",
        input: { ref: "INC-7", severity: "P4", title: "Again", openedAt: iso(days(T0, 1)) },
        now: days(T0, 1),
      }),
    ).rejects.toMatchObject({
      code: "INCIDENT_REF_TAKEN",
      details: { params: [{ pointer: "/ref" }] },
    });
    await expect(
      resolveIncident({ db, actor, slug, id: incident.id, input: { resolvedAt: iso(T0) }, now: days(T0, 2) }),
    ).rejects.toMatchObject({ code: "RESOLVED_BEFORE_OPENED" });
    expect(await snapshot(lane.id)).toEqual(before);
    const resolved = await resolveIncident({
      db,
      actor,
      slug,
      id: incident.id,
      input: { resolvedAt: iso(days(T0, 1.5)) },
      now: days(T0, 2),
    });
    expect(resolved.resolvedAt).toEqual(days(T0, 1.5));
  });
});

describe("regressions", () => {
  it("recovery within the 15-minute limit passes, over it fails, unrecovered fails until recovery is recorded", async () => {
    const { slug } = await createReleaseLane(db, { at: T0 });
    await stable(slug, "r1", T0);
    const detected = days(T0, 1);
    const at = (minutes: number) => iso(new Date(detected.getTime() + minutes * 60_000));
    await recordRegression({
      db,
      actor,
      slug,
      label: "r1",
      input: {
        summary: "spill",
        detectedAt: iso(detected),
        recoveredAt: at(15),
        recoveredByRollback: false,
        attributedTo: "EXECUTOR",
      },
      now: days(T0, 3),
    });
    expect((await getLaneReadiness({ db, slug, now: days(T0, 3) })).releases[0]?.status).toBe("STABLE");
    const open = await recordRegression({
      db,
      actor,
      slug,
      label: "r1",
      input: {
        summary: "pushdown lost",
        detectedAt: iso(detected),
        recoveredByRollback: false,
        attributedTo: "PLANNER",
      },
      now: days(T0, 3),
    });
    expect((await evaluate(slug, days(T0, 3))).releases[0]?.reasons.map((x) => x.code)).toEqual(["SLOW_RECOVERY"]);
    await recordRecovery({
      db,
      actor,
      slug,
      id: open.id,
      input: { recoveredAt: at(16), recoveredByRollback: true },
      now: days(T0, 3),
    });
    const slow = await evaluate(slug, days(T0, 3));
    expect(slow.releases[0]?.reasons.map((x) => x.code)).toEqual(["SLOW_RECOVERY"]);
    expect(slow.releases[0]?.reasons[0]?.message).toContain("16 min");
  });

  it("refuses a recovery before detection and a second recovery; writes nothing", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    const g = await recordRegression({
      db,
      actor,
      slug,
      label: "r1",
      input: { summary: "spill", detectedAt: iso(days(T0, 1)), recoveredByRollback: false },
      now: days(T0, 1),
    });
    const before = await snapshot(lane.id);
    await expect(
      recordRecovery({
        db,
        actor,
        slug,
        id: g.id,
        input: { recoveredAt: iso(T0), recoveredByRollback: false },
        now: days(T0, 2),
      }),
    ).rejects.toMatchObject({
      code: "RECOVERED_BEFORE_DETECTED",
      details: { params: [{ pointer: "/recoveredAt" }] },
    });
    expect(await snapshot(lane.id)).toEqual(before);
    await recordRecovery({
      db,
      actor,
      slug,
      id: g.id,
      input: { recoveredAt: iso(days(T0, 1)), recoveredByRollback: false },
      now: days(T0, 2),
    });
    const recovered = await snapshot(lane.id);
    await expect(
      recordRecovery({
        db,
        actor,
        slug,
        id: g.id,
        input: { recoveredAt: iso(days(T0, 1)), recoveredByRollback: false },
        now: days(T0, 2),
      }),
    ).rejects.toMatchObject({ code: "REGRESSION_ALREADY_RECOVERED" });
    expect(await snapshot(lane.id)).toEqual(recovered);
  });

  it("refuses a stakeholder before anything is written", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await deployed(slug, "r1", T0);
    const before = await snapshot(lane.id);
    const stakeholder: Actor = { type: "USER", userId: "nobody", name: "Grace", role: "STAKEHOLDER" };
    await expect(
      recordRegression({
        db,
        actor: stakeholder,
        slug,
        label: "r1",
        input: { summary: "spill", detectedAt: iso(T0), recoveredByRollback: false },
        now: T0,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect(await snapshot(lane.id)).toEqual(before);
  });
});
