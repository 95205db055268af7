import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, days } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { findNextReadinessDue } from "@/lib/domain/readiness/find-next-readiness-due";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { buildMainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";
import { summarizeReleases } from "@/lib/domain/readiness/summarize-releases";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";
import { getLaneReadinessAnswer } from "@/lib/server/lanes/get-lane-readiness";
import { getPlanChanges } from "@/lib/server/ingest/get-plan-changes";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { refreshStoredReadiness } from "@/lib/server/readiness/get-overview-version";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_LANES } from "@/lib/server/seed/demo-lanes";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";
import { rollBackRelease } from "@/lib/server/releases/roll-back-release";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";
import { invalidateMeasurement } from "@/lib/server/measurements/invalidate-measurement";
import { recordIncident } from "@/lib/server/incidents/record-incident";
import { recordRegression } from "@/lib/server/regressions/record-regression";
import { recordRecovery } from "@/lib/server/regressions/record-recovery";
import { recordDrill } from "@/lib/server/rollback/record-drill";
import { defineTargets } from "@/lib/server/targets/define-targets";
import { assignOwner } from "@/lib/server/owners/assign-owner";
import { changeLaneStage } from "@/lib/server/lanes/change-lane-stage";
import { pushPlanSnapshot } from "@/lib/server/ingest/push-plan-snapshot";
import { updateLane } from "@/lib/server/lanes/update-lane";
import { Prisma } from "@/lib/generated/prisma/client";

const { db, counter } = createTestDb();
const actor: Actor = { type: "SYSTEM", label: "stored readiness test" };
const T0 = new Date("2026-09-01T08:00:00.000Z");
const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as unknown;

/** The stored row of the lane equals the live gate's answer at the same instant, field by field. */
async function expectStoredEqualsLive(laneId: string, at?: Date) {
  const stored = await db.laneReadiness.findUniqueOrThrow({ where: { laneId } });
  const when = at ?? stored.evaluatedAt;
  const [live] = await loadEvaluatedLanes({ db, where: { id: laneId }, now: when });
  if (!live) throw new Error("the lane is gone");
  const { evaluation, data } = live;
  expect({
    verdict: stored.verdict,
    streak: stored.streak,
    requiredStreak: stored.requiredStreak,
    reasons: stored.reasons,
    warnings: stored.warnings,
    flags: stored.flags,
    releases: stored.releases,
    sparkline: stored.sparkline,
  }).toEqual(
    json({
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      requiredStreak: evaluation.requiredStreak,
      reasons: evaluation.reasons,
      warnings: evaluation.warnings,
      flags: evaluation.flags,
      releases: summarizeReleases(evaluation.releases),
      sparkline: buildMainKpiSparkline({ series: buildKpiSeries({ lane: data, evaluation }) }),
    }),
  );
  const due = findNextReadinessDue({ lane: data, now: stored.evaluatedAt })?.at ?? null;
  expect(stored.nextDueAt).toEqual(due);
  if (at) expect(stored.nextDueAt === null || stored.nextDueAt > at).toBe(true);
  const planChange = (await getPlanChanges({ db })).find((c) => c.slug === live.row.slug) ?? null;
  // The lane's name and slug are read from the lane when the overview answers (a rename keeps the comparison).
  const withoutLane = (c: unknown) => {
    if (!c || typeof c !== "object") return null;
    const { slug: _s, name: _n, ...rest } = c as Record<string, unknown>;
    return rest;
  };
  expect(withoutLane(stored.planChanges)).toEqual(withoutLane(json(planChange)));
  return { stored, live };
}

afterAll(async () => {
  await db.$disconnect();
});

/** Lanes this file built (the "generated" lanes of the last comparison). */
const generated: string[] = [];

describe("stored readiness (LaneReadiness)", () => {
  it(
    "equals the live evaluation after every kind of change, each written in the change's transaction",
    { timeout: 120_000 },
    async () => {
      const { slug, lane, planner } = await createReleaseLane(db, { at: T0 });
      generated.push(lane.id);
      // The factory builds through the use cases, so each of its writes already stored the row.
      expect(await db.laneReadiness.count({ where: { laneId: lane.id } })).toBe(1);
      await refreshStoredReadiness({ db, now: T0 });
      await expectStoredEqualsLive(lane.id);

      const steps: [string, () => Promise<unknown>][] = [
        [
          "release create",
          () => createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 }),
        ],
        [
          "release deploy",
          () => deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 48 }, now: T0 }),
        ],
        [
          "measurement",
          () =>
            recordMeasurement({
              db,
              actor,
              slug,
              label: "r1",
              input: {
                kpiKey: "p95_latency_ms",
                value: 3100,
                source: "PRODUCTION",
                takenAt: days(T0, 0.5).toISOString(),
              },
              now: days(T0, 0.5),
            }),
        ],
        [
          "second measurement",
          () =>
            recordMeasurement({
              db,
              actor,
              slug,
              label: "r1",
              input: { kpiKey: "result_mismatches", value: 0, source: "SHADOW", takenAt: days(T0, 0.5).toISOString() },
              now: days(T0, 0.6),
            }),
        ],
        ["release close", () => closeReleaseWindow({ db, actor, slug, label: "r1", input: {}, now: days(T0, 1) })],
        [
          "plan snapshot",
          () =>
            pushPlanSnapshot({
              db,
              actor,
              slug,
              input: { queryName: "rollup", releaseLabel: "r1", text: "ProjectionExec: expr=[a]\n  FilterExec: a > 1" },
              now: days(T0, 1.1),
            }),
        ],
        [
          "release 2",
          () =>
            createRelease({ db, actor, slug, input: { versionLabel: "r2", engineVersion: "53" }, now: days(T0, 2) }),
        ],
        [
          "deploy 2",
          () =>
            deployRelease({ db, actor, slug, label: "r2", input: { observationWindowHours: 24 }, now: days(T0, 2) }),
        ],
        [
          "plan change",
          () =>
            pushPlanSnapshot({
              db,
              actor,
              slug,
              input: {
                queryName: "rollup",
                releaseLabel: "r2",
                text: "ProjectionExec: expr=[a]\n  SortExec: expr=[a]",
              },
              now: days(T0, 2.1),
            }),
        ],
        [
          "incident",
          () =>
            recordIncident({
              db,
              actor,
              slug,
              label: "r1",
              input: { ref: "INC-1", severity: "P1", title: "Totals off", openedAt: days(T0, 0.7).toISOString() },
              now: days(T0, 2.2),
            }),
        ],
        [
          "regression",
          () =>
            recordRegression({
              db,
              actor,
              slug,
              label: "r2",
              input: { summary: "Slow sort", detectedAt: days(T0, 2.2).toISOString(), recoveredByRollback: false },
              now: days(T0, 2.3),
            }),
        ],
        [
          "recovery",
          async () => {
            const r = await db.regression.findFirstOrThrow({ where: { release: { laneId: lane.id } } });
            return recordRecovery({
              db,
              actor,
              slug,
              id: r.id,
              input: { recoveredAt: days(T0, 2.21).toISOString(), recoveredByRollback: false },
              now: days(T0, 2.35),
            });
          },
        ],
        [
          "drill",
          () =>
            recordDrill({
              db,
              actor,
              slug,
              input: { performedAt: days(T0, 2.3).toISOString(), recoverySeconds: 1200 },
              now: days(T0, 2.4),
            }),
        ],
        [
          "targets",
          () =>
            defineTargets({
              db,
              actor,
              slug,
              input: {
                reason: "tighter latency",
                targets: [
                  {
                    kpiKey: "p95_latency_ms",
                    label: "p95 latency",
                    unit: "ms",
                    direction: "LOWER_IS_BETTER",
                    baseline: 4200,
                    targetKind: "RELATIVE",
                    targetValue: 0.25,
                    stop: { kind: "RELATIVE", value: 0.1 },
                  },
                ],
              },
              now: days(T0, 2.5),
            }),
        ],
        [
          "owners",
          async () => {
            const person = await db.user.create({
              data: { name: `Other ${slug}`, email: `other.${slug}@example.test`, role: "LANE_OWNER" },
            });
            return assignOwner({
              db,
              actor,
              slug,
              input: { role: "PLANNER", userId: person.id, reason: "rotation of planner duty" },
              now: days(T0, 2.6),
            });
          },
        ],
        ["stage", () => changeLaneStage({ db, actor, slug, input: { toStage: "PRODUCTION" }, now: days(T0, 2.7) })],
        [
          "rollback",
          () => rollBackRelease({ db, actor, slug, label: "r2", input: { reason: "slow sort" }, now: days(T0, 2.8) }),
        ],
        [
          "rename",
          async () => {
            const { version } = await db.lane.findUniqueOrThrow({ where: { id: lane.id }, select: { version: true } });
            return updateLane({
              db,
              actor,
              slug,
              input: {
                name: `Renamed ${slug}`,
                workload: "w",
                team: "test-team",
                engineVersion: "DataFusion 53.1.0",
                requiredStableReleases: 2,
                recoveryLimitSeconds: 900,
                drillMaxAgeDays: 90,
                version,
              },
              now: days(T0, 2.9),
            });
          },
        ],
      ];
      let version = 1;
      for (const [name, step] of steps) {
        await step().catch((error: unknown) => {
          throw new Error(`step "${name}" failed: ${String(error)}`);
        });
        const { stored } = await expectStoredEqualsLive(lane.id);
        expect(stored.version, name).toBeGreaterThan(version);
        version = stored.version;
      }
      const m = await db.measurement.findFirstOrThrow({
        where: { release: { laneId: lane.id }, kpiKey: "p95_latency_ms" },
      });
      await invalidateMeasurement({
        db,
        actor,
        slug,
        id: m.id,
        input: { reason: "flaky benchmark host" },
        now: days(T0, 3),
      });
      const { stored } = await expectStoredEqualsLive(lane.id);
      expect(stored.planChanges).toMatchObject({ releaseLabel: "r2", queries: [{ queryName: "rollup" }] });
      expect(planner.id).toBeDefined();
    },
  );

  it("equals the live evaluation now for every seeded and generated lane once due lanes are re-evaluated", async () => {
    const now = new Date();
    await seedDemo({ db, now });
    await refreshStoredReadiness({ db, now });
    // The seeded lanes and this file's own: other files write their lanes at the same time, and a
    // write landing between reading the stored row and evaluating live would look like a mismatch.
    const seeded = await db.lane.findMany({
      where: { slug: { in: DEMO_LANES.map((l) => l.slug) } },
      select: { id: true },
    });
    expect(seeded).toHaveLength(DEMO_LANES.length);
    const lanes = [...seeded, ...generated.map((id) => ({ id }))];
    expect(lanes.length).toBeGreaterThanOrEqual(8);
    for (const { id } of lanes) await expectStoredEqualsLive(id, now);
    // The embedded database runs one statement at a time: seeding takes it a while.
  }, 180_000);

  it("reads the overview in a fixed number of statements, however many lanes, and evaluates nothing when unchanged", async () => {
    const now = new Date();
    await refreshStoredReadiness({ db, now });
    const before = counter.queries;
    const first = await getReadinessOverview({
      db,
      now,
      query: { sort: "verdict", order: "asc", page: 1, pageSize: 3 },
    });
    const statements = counter.queries - before;
    expect(first.lanes).toHaveLength(3);
    expect(first.total).toBe(first.laneCount);
    expect(first.counts.READY + first.counts.HOLD + first.counts.STOP).toBe(first.laneCount);
    for (let i = 0; i < 3; i += 1) await createReleaseLane(db, { at: T0 });
    await refreshStoredReadiness({ db, now });
    const again = counter.queries;
    const second = await getReadinessOverview({
      db,
      now,
      query: { sort: "name", order: "desc", page: 2, pageSize: 2 },
    });
    // Other files add lanes to this database at the same time: at least this file's three are new.
    expect(second.laneCount).toBeGreaterThanOrEqual(first.laneCount + 3);
    expect(counter.queries - again).toBe(statements);
    // The version check, the narrow rows, the page's details, the history.
    expect(statements).toBeLessThanOrEqual(4);
    const check = counter.queries;
    await refreshStoredReadiness({ db, now });
    expect(counter.queries - check).toBe(1);
  });

  it("a measurement write, its audit event and the stored readiness take 6 SQL statements (7 for a lane owner; 28 before rows were stored)", async () => {
    const { slug, planner } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    await deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 168 }, now: T0 });
    const owner: Actor = { type: "USER", userId: planner.id, name: planner.name, role: "LANE_OWNER" };
    const measure = async (by: Actor, value: number, at: Date) => {
      const before = counter.queries;
      await recordMeasurement({
        db,
        actor: by,
        slug,
        label: "r1",
        input: { kpiKey: "p95_latency_ms", value, source: "PRODUCTION", takenAt: at.toISOString() },
        now: at,
      });
      return counter.queries - before;
    };
    // The release with its lane, measurements and targets; insert; audit; gate; stored row; COMMIT.
    // Over HTTP the caller's token or session look-up and BEGIN come on top: 8 for a pipeline.
    expect(await measure(actor, 3100, days(T0, 1))).toBe(6);
    expect(await measure(actor, 3000, days(T0, 2))).toBe(6);
    // A lane owner's write also reads who owns the lane (the policy needs it).
    expect(await measure(owner, 2900, days(T0, 3))).toBe(7);
  });

  it("the readiness API answers from the stored row in one statement while it holds, and live outside it", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await createRelease({ db, actor, slug, input: { versionLabel: "r1", engineVersion: "53" }, now: T0 });
    await deployRelease({ db, actor, slug, label: "r1", input: { observationWindowHours: 48 }, now: T0 });
    const stored = await db.laneReadiness.findUniqueOrThrow({ where: { laneId: lane.id } });
    // The window ends by time alone: that is when the stored answer stops holding.
    expect(stored.nextDueAt).toEqual(new Date(T0.getTime() + 48 * 3600_000));
    const ask = async (now: Date) => {
      const before = counter.queries;
      const answer = await getLaneReadinessAnswer({ db, slug, now });
      return { ...answer, statements: counter.queries - before };
    };
    const live = async (now: Date) => {
      const [row] = await loadEvaluatedLanes({ db, where: { id: lane.id }, now });
      const e = row?.evaluation;
      return json({
        verdict: e?.verdict,
        streak: e?.streak,
        reasons: e?.reasons,
        flags: e?.flags,
        releases: summarizeReleases(e?.releases ?? []),
      });
    };
    const pick = (b: { verdict: string; streak: number; reasons: unknown; flags: unknown; releases: unknown }) =>
      json({ verdict: b.verdict, streak: b.streak, reasons: b.reasons, flags: b.flags, releases: b.releases });

    // Within [evaluatedAt, nextDueAt): the stored row, one statement, its version for the ETag.
    const within = await ask(days(T0, 1));
    expect(within.statements).toBe(1);
    expect(within.version).toBe(stored.version);
    expect(within.body.evaluatedAt).toBe(stored.evaluatedAt.toISOString());
    expect(pick(within.body)).toEqual(await live(days(T0, 1)));
    expect(within.body.releases).toEqual([expect.objectContaining({ versionLabel: "r1", status: "IN_PROGRESS" })]);

    // Past the due time, before the scheduler reached it: evaluated live (the window has closed).
    const due = await ask(days(T0, 3));
    expect(due.version).toBeNull();
    expect(due.statements).toBeGreaterThan(1);
    expect(pick(due.body)).toEqual(await live(days(T0, 3)));
    expect(due.body.releases[0]?.status).not.toBe("IN_PROGRESS");

    // Before the stored evaluation (a question about the past): live as well.
    expect((await ask(new Date(T0.getTime() - 1))).version).toBeNull();

    // A row stored before the release list was kept: live until the lane's next change.
    await db.laneReadiness.update({ where: { laneId: lane.id }, data: { releases: Prisma.DbNull } });
    expect((await ask(days(T0, 1))).version).toBeNull();
    await recordMeasurement({
      db,
      actor,
      slug,
      label: "r1",
      input: { kpiKey: "p95_latency_ms", value: 3000, source: "PRODUCTION", takenAt: days(T0, 1).toISOString() },
      now: days(T0, 1),
    });
    const rewritten = await ask(days(T0, 1.5));
    expect(rewritten.version).toBeGreaterThan(stored.version);
    expect(pick(rewritten.body)).toEqual(await live(days(T0, 1.5)));
  });
});
