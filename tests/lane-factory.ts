import type { LaneStage, PrismaClient } from "@/lib/generated/prisma/client";
import { uniqueSlug } from "@/tests/test-db";
import { TEST_TEAM } from "@/tests/test-team";

const DAY = 86_400_000;

export async function createPerson(
  db: PrismaClient,
  role: "PLATFORM_LEAD" | "LANE_OWNER" | "STAKEHOLDER" = "LANE_OWNER",
) {
  const key = uniqueSlug("p");
  return db.user.create({ data: { name: `Person ${key}`, email: `${key}@test.example`, role } });
}

/**
 * A lane written as rows (the fixture, not the behaviour under test). `ready` gives it everything
 * DESIGN's READY needs: both owners, targets with a stop condition before the first deployment,
 * a rollback design with a fresh fast drill, a plan snapshot and two closed stable releases.
 */
export async function createLaneRows(
  db: PrismaClient,
  { stage = "PROPOSED", ready = false, now = new Date() }: { stage?: LaneStage; ready?: boolean; now?: Date } = {},
) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const lane = await db.lane.create({
    data: {
      slug: uniqueSlug("lane"),
      name: `Lane ${uniqueSlug("n")}`,
      workload: "w",
      team: TEST_TEAM,
      engineVersion: "DataFusion 53",
      stage,
      leftProposedAt: stage === "PROPOSED" ? null : ago(60),
      createdAt: ago(90),
    },
  });
  if (!ready) return lane;
  const [planner, executor] = [await createPerson(db), await createPerson(db)];
  await db.ownerAssignment.createMany({
    data: [
      { laneId: lane.id, role: "PLANNER", userId: planner.id, reason: "fixture", assignedAt: ago(80) },
      { laneId: lane.id, role: "EXECUTOR", userId: executor.id, reason: "fixture", assignedAt: ago(80) },
    ],
  });
  await db.targetVersion.create({
    data: {
      laneId: lane.id,
      version: 1,
      status: "APPROVED",
      effectiveFrom: ago(70),
      approvedAt: ago(70),
      frozenAt: ago(50),
      targets: {
        create: [
          {
            kpiKey: "p95_latency_ms",
            label: "p95 latency",
            unit: "ms",
            direction: "LOWER_IS_BETTER",
            baseline: 100,
            targetKind: "ABSOLUTE",
            targetValue: 80,
            stopKind: "ABSOLUTE",
            stopValue: 120,
          },
        ],
      },
    },
  });
  await db.rollbackDesign.create({
    data: { laneId: lane.id, runbookUrl: "https://wiki.example/runbook", rollbackTarget: "warehouse job" },
  });
  await db.rollbackDrill.create({ data: { laneId: lane.id, performedAt: ago(10), recoverySeconds: 300 } });
  await db.planSnapshot.create({
    data: { laneId: lane.id, queryName: "q1", rawText: "ProjectionExec", capturedAt: ago(60) },
  });
  for (const [label, deployed] of [
    ["r1", 50],
    ["r2", 30],
  ] as const) {
    await db.release.create({
      data: {
        laneId: lane.id,
        versionLabel: label,
        engineVersion: "53",
        deployedAt: ago(deployed),
        observationEndsAt: ago(deployed - 7),
        measurements: {
          create: [{ kpiKey: "p95_latency_ms", value: 70, source: "PRODUCTION", takenAt: ago(deployed - 3) }],
        },
      },
    });
  }
  return lane;
}
