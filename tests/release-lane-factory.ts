import type { PrismaClient } from "@/lib/generated/prisma/client";
import { uniqueSlug } from "@/tests/test-db";
import { TEST_TEAM } from "@/tests/test-team";

const DAY_MS = 86_400_000;

/**
 * A lane with everything but releases in place, as the lane, owner, target and rollback workflows leave it: both owners,
 * targets v1 (p95 latency 20% under 4,200 ms, stop at +10%; zero mismatches, stop at any), a
 * rollback design with a 5-minute drill and a plan snapshot, all `setupDaysBefore` days before `at`.
 */
export async function createReleaseLane(
  db: PrismaClient,
  { at, setupDaysBefore = 10 }: { at: Date; setupDaysBefore?: number },
) {
  const setup = new Date(at.getTime() - setupDaysBefore * DAY_MS);
  const slug = uniqueSlug("rw");
  const [planner, executor] = await Promise.all(
    ["planner", "executor"].map((role) =>
      db.user.create({ data: { name: `${role} ${slug}`, email: `${role}.${slug}@example.test`, role: "LANE_OWNER" } }),
    ),
  );
  const lane = await db.lane.create({
    data: {
      slug,
      name: `Lane ${slug}`,
      workload: "Nightly rollup",
      team: TEST_TEAM,
      engineVersion: "DataFusion 53.1.0",
      stage: "CANARY",
      leftProposedAt: setup,
      createdAt: setup,
      assignments: {
        create: [
          { role: "PLANNER", userId: planner!.id, reason: "owns planning", assignedAt: setup },
          { role: "EXECUTOR", userId: executor!.id, reason: "owns execution", assignedAt: setup },
        ],
      },
      targetVersions: {
        create: {
          version: 1,
          status: "APPROVED",
          createdAt: setup,
          approvedAt: setup,
          effectiveFrom: setup,
          targets: {
            create: [
              {
                kpiKey: "p95_latency_ms",
                label: "p95 latency",
                unit: "ms",
                direction: "LOWER_IS_BETTER",
                baseline: 4200,
                targetKind: "RELATIVE",
                targetValue: 0.2,
                stopKind: "RELATIVE",
                stopValue: 0.1,
                position: 0,
              },
              {
                kpiKey: "result_mismatches",
                label: "Result mismatches",
                unit: "queries",
                direction: "LOWER_IS_BETTER",
                baseline: 0,
                targetKind: "ABSOLUTE",
                targetValue: 0,
                stopKind: "ABSOLUTE",
                stopValue: 0,
                position: 1,
              },
            ],
          },
        },
      },
      rollbackDesign: { create: { runbookUrl: "https://runbooks.example/rb", rollbackTarget: "warehouse job" } },
      drills: { create: { performedAt: setup, recoverySeconds: 300 } },
      planSnapshots: { create: { queryName: "rollup", rawText: "ProjectionExec: expr=[a]", capturedAt: setup } },
    },
  });
  return { lane, slug, planner: planner!, executor: executor! };
}

export const days = (base: Date, n: number) => new Date(base.getTime() + n * DAY_MS);
