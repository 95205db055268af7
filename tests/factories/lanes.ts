// The one lane factory of the integration tier. Lanes are built through the use cases of lib/server
// (createLane, assignOwner, saveRollbackDesign, recordDrill, pushPlanSnapshot, createRelease,
// deployRelease, recordMeasurement), each called with the `now` of its step, so a lane can have a
// past (targets in force 70 days before the first deployment, a drill 10 days old) and everything a
// fixture holds is something the use cases accept, audited and in readiness history like real data.
//
// Two things are rows: people (Better Auth's user table; no use case makes one without a password
// hash) and the stage, which `stage` sets directly: tests of the one-lane rule need states (two
// lanes at Canary, none overridden) that the stage use case rightly refuses to produce.
import type { LaneStage, PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db-types";
import type { TKpiTargetInput } from "@/lib/schemas/targets";
import type { Actor } from "@/lib/server/auth/actor";
import { pushPlanSnapshot } from "@/lib/server/ingest/push-plan-snapshot";
import { createLane as createLaneUseCase } from "@/lib/server/lanes/create-lane";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";
import { assignOwner } from "@/lib/server/owners/assign-owner";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { recordDrill } from "@/lib/server/rollback/record-drill";
import { saveRollbackDesign } from "@/lib/server/rollback/save-rollback-design";
import { laneFields, latencyTarget, passingValue, RELEASE_TARGETS } from "@/tests/factories/inputs";
import { uniqueSlug } from "@/tests/test-db";
import { ensureTestTeam } from "@/tests/test-team";

const DAY_MS = 86_400_000;

/** `base` moved by `n` days (negative: earlier). */
export const days = (base: Date, n: number) => new Date(base.getTime() + n * DAY_MS);

/** The factory acts as the system (every permission), as the demo seed's CI steps do. */
export const FACTORY_ACTOR: Actor = { type: "SYSTEM", label: "test factory" };

export async function createPerson(
  db: PrismaClient,
  role: "PLATFORM_LEAD" | "LANE_OWNER" | "STAKEHOLDER" = "LANE_OWNER",
) {
  const key = uniqueSlug("p");
  return db.user.create({ data: { name: `Person ${key}`, email: `${key}@test.example`, role } });
}

export interface LaneOptions {
  /** The test's present; every step is dated before it. */
  now?: Date;
  /** Days before `now` the lane and its version 1 targets were created. */
  createdDaysAgo?: number;
  /** Days before `now` owners, rollback design, drill and plan were set up (default createdDaysAgo). */
  setupDaysAgo?: number;
  targets?: TKpiTargetInput[] | false;
  owners?: boolean;
  rollback?: boolean;
  /** The drill, when `rollback`: days before `now` and its recovery (default 10 days, 300 s). */
  drill?: { daysAgo: number; recoverySeconds: number };
  plan?: boolean;
  /** Releases r1, r2, … deployed these many days before `now`, 7-day windows, latency on target. */
  stableReleasesDaysAgo?: number[];
  /** Set directly as a row (see the file's head); PROPOSED leaves the lane as created. */
  stage?: LaneStage;
}

/**
 * A lane built through the use cases. `ready: true` in `createTestLane` gives it everything DESIGN's
 * READY needs: both owners, targets with a stop condition long before the first deployment, a
 * rollback design with a fresh fast drill, a plan snapshot and two closed stable releases.
 */
export async function buildLane(db: PrismaClient, options: LaneOptions = {}) {
  const now = options.now ?? new Date();
  const ago = (n: number) => days(now, -n);
  const created = options.createdDaysAgo ?? 90;
  const setup = ago(options.setupDaysAgo ?? created);
  const actor = FACTORY_ACTOR;
  const slug = uniqueSlug("lane");
  const targets = options.targets === false ? undefined : (options.targets ?? latencyTarget());
  // The lane's team (laneFields names the test team): present in every database a test builds in.
  await ensureTestTeam(db);
  await createLaneUseCase({
    db,
    actor,
    input: { slug, ...laneFields(`Lane ${slug}`), targets },
    now: ago(created),
  });
  const people = options.owners ? [await createPerson(db), await createPerson(db)] : [];
  if (options.owners) {
    for (const [role, person] of [
      ["PLANNER", people[0]!],
      ["EXECUTOR", people[1]!],
    ] as const)
      await assignOwner({
        db,
        actor,
        slug,
        input: { role, userId: person.id, reason: "accountable owner" },
        now: setup,
      });
  }
  if (options.rollback) {
    const input = { runbookUrl: "https://runbooks.example/rb", rollbackTarget: "warehouse job" };
    await saveRollbackDesign({ db, actor, slug, input, now: setup });
    const drill = options.drill ?? { daysAgo: 10, recoverySeconds: 300 };
    const performedAt = ago(drill.daysAgo);
    await recordDrill({
      db,
      actor,
      slug,
      input: { performedAt: performedAt.toISOString(), recoverySeconds: drill.recoverySeconds },
      now: performedAt,
    });
  }
  if (options.plan)
    await pushPlanSnapshot({
      db,
      actor,
      slug,
      input: { queryName: "rollup", text: "ProjectionExec: expr=[a]", capturedAt: setup.toISOString() },
      now: setup,
    });
  for (const [i, deployedDaysAgo] of (options.stableReleasesDaysAgo ?? []).entries())
    await stableRelease(db, {
      slug,
      label: `r${i + 1}`,
      at: ago(deployedDaysAgo),
      targets: targets ?? [],
      close: false,
    });
  if (options.stage && options.stage !== "PROPOSED")
    await db.lane.update({
      where: { slug },
      data: { stage: options.stage, leftProposedAt: ago(Math.min(60, created)) },
    });
  const lane = await db.lane.findUniqueOrThrow({ where: { slug } });
  return { lane, slug, planner: people[0], executor: people[1] };
}

/** A lane at `stage`; `ready` adds everything READY needs (see buildLane). Returns the lane row. */
export async function createTestLane(
  db: PrismaClient,
  { stage = "PROPOSED", ready = false, now = new Date() }: { stage?: LaneStage; ready?: boolean; now?: Date } = {},
) {
  const built = await buildLane(
    db,
    ready
      ? {
          now,
          stage,
          setupDaysAgo: 80,
          owners: true,
          rollback: true,
          plan: true,
          stableReleasesDaysAgo: [50, 30],
        }
      : { now, stage, targets: false },
  );
  return built.lane;
}

/**
 * A lane with everything but releases in place, as the lane, owner, target and rollback workflows
 * leave it: both owners, RELEASE_TARGETS (tests/factories/inputs.ts) as version 1, a rollback design with a 5-minute drill and a
 * plan snapshot, all `setupDaysBefore` days before `at`; at CANARY.
 */
export async function createReleaseLane(
  db: PrismaClient,
  { at, setupDaysBefore = 10 }: { at: Date; setupDaysBefore?: number },
) {
  const built = await buildLane(db, {
    now: at,
    createdDaysAgo: setupDaysBefore,
    targets: RELEASE_TARGETS,
    owners: true,
    rollback: true,
    drill: { daysAgo: setupDaysBefore, recoverySeconds: 300 },
    plan: true,
    stage: "CANARY",
  });
  return { lane: built.lane, slug: built.slug, planner: built.planner!, executor: built.executor! };
}

/**
 * Plans release `label` at `at`, deploys it then with a 7-day window, measures every target on
 * target a day later (the latency from production, the rest from shadow traffic) and, unless
 * `close` is false (the window then ends by time), closes the window a day after that: STABLE.
 */
export async function stableRelease(
  db: Db,
  {
    slug,
    label,
    at,
    targets = RELEASE_TARGETS,
    close = true,
  }: { slug: string; label: string; at: Date; targets?: TKpiTargetInput[]; close?: boolean },
) {
  const actor = FACTORY_ACTOR;
  await createRelease({ db, actor, slug, input: { versionLabel: label, engineVersion: "DataFusion 53.1.0" }, now: at });
  await deployRelease({ db, actor, slug, label, input: { observationWindowHours: 7 * 24 }, now: at });
  const takenAt = days(at, 1);
  for (const target of targets)
    await recordMeasurement({
      db,
      actor,
      slug,
      label,
      input: {
        kpiKey: target.kpiKey,
        value: passingValue(target),
        source: target.kpiKey === "p95_latency_ms" ? "PRODUCTION" : "SHADOW",
        takenAt: takenAt.toISOString(),
      },
      now: takenAt,
    });
  if (close) await closeReleaseWindow({ db, actor, slug, label, input: {}, now: days(at, 2) });
}
