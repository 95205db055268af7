import type { PrismaClient } from "@/lib/generated/prisma/client";
import { uniqueSlug } from "@/tests/test-db";
import { TEST_TEAM } from "@/tests/test-team";

const DAY = 86_400_000;

/**
 * A lane with approved latency targets (baseline 1000 ms, 20% better, stop at 1100 ms) and one
 * release whose observation window closed yesterday, measured at 700 ms: one stable release.
 */
export async function createClosedReleaseLane(db: PrismaClient, now = new Date()) {
  const lane = await db.lane.create({
    data: {
      slug: uniqueSlug("trend"),
      name: "Trend lane",
      workload: "w",
      team: TEST_TEAM,
      engineVersion: "53.1.0",
      stage: "PRODUCTION",
      leftProposedAt: new Date(now.getTime() - 30 * DAY),
    },
  });
  await db.targetVersion.create({
    data: {
      laneId: lane.id,
      version: 1,
      status: "APPROVED",
      effectiveFrom: new Date(now.getTime() - 30 * DAY),
      targets: {
        create: [
          {
            kpiKey: "p95_latency_ms",
            label: "p95 latency",
            unit: "ms",
            direction: "LOWER_IS_BETTER",
            baseline: 1000,
            targetKind: "RELATIVE",
            targetValue: 0.2,
            stopKind: "ABSOLUTE",
            stopValue: 1100,
          },
        ],
      },
    },
  });
  const release = await db.release.create({
    data: {
      laneId: lane.id,
      versionLabel: "2026.11.2",
      engineVersion: "54.0.0",
      deployedAt: new Date(now.getTime() - 10 * DAY),
      observationEndsAt: new Date(now.getTime() - DAY),
    },
  });
  await db.measurement.create({
    data: {
      releaseId: release.id,
      kpiKey: "p95_latency_ms",
      value: 700,
      source: "PRODUCTION",
      takenAt: new Date(now.getTime() - 5 * DAY),
    },
  });
  return { lane, release };
}
