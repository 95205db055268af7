import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, uniqueSlug } from "@/tests/test-db";
import { getReadinessOverview } from "@/lib/server/lanes/get-readiness-overview";
import { TEST_TEAM } from "@/tests/test-team";
import { refreshStoredReadiness } from "@/lib/server/readiness/get-overview-version";

const { db, counter } = createTestDb();
const now = new Date("2026-11-25T12:00:00Z");

async function createLaneWithReleases(releases: number) {
  const lane = await db.lane.create({
    data: {
      slug: uniqueSlug("ov"),
      name: "Overview lane",
      workload: "w",
      team: TEST_TEAM,
      engineVersion: "DataFusion 53.1.0",
      stage: "SHADOW",
    },
  });
  for (let i = 0; i < releases; i += 1) {
    await db.release.create({
      data: {
        laneId: lane.id,
        versionLabel: `r${i}`,
        engineVersion: "53.1.0",
        deployedAt: new Date(now.getTime() - (30 - i) * 86_400_000),
        observationEndsAt: new Date(now.getTime() - (20 - i) * 86_400_000),
        measurements: { create: [{ kpiKey: "p95_latency_ms", value: 100, source: "PRODUCTION", takenAt: now }] },
        incidents: {
          create: [{ laneId: lane.id, ref: `INC-${lane.slug}-${i}`, severity: "P3", title: "noise", openedAt: now }],
        },
      },
    });
  }
  return lane;
}

async function countOverviewQueries() {
  // Lanes created by SQL get their stored readiness on the first read; the count is of a read after that.
  await refreshStoredReadiness({ db, now });
  const before = counter.queries;
  const { lanes } = await getReadinessOverview({ db, now });
  return { queries: counter.queries - before, lanes: lanes.length };
}

describe("getReadinessOverview", () => {
  beforeAll(async () => {
    await createLaneWithReleases(1);
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("reads every lane in a fixed number of queries, however many lanes and releases there are", async () => {
    const small = await countOverviewQueries();
    for (let i = 0; i < 6; i += 1) await createLaneWithReleases(3);
    const large = await countOverviewQueries();
    expect(large.lanes).toBe(small.lanes + 6);
    expect(large.queries).toBe(small.queries);
    // Stored rows: the version check, the narrow rows, the page's details and the history (18 when
    // every lane was evaluated on each read), not one per lane or release.
    expect(large.queries).toBeLessThanOrEqual(4);
  });

  it("summarises each lane with owners shown as missing rather than hidden", async () => {
    const lane = await createLaneWithReleases(0);
    const { lanes } = await getReadinessOverview({ db, now });
    const row = lanes.find((l) => l.slug === lane.slug);
    expect(row).toMatchObject({
      plannerOwner: null,
      executorOwner: null,
      streak: 0,
      requiredStreak: 2,
      verdict: "HOLD",
    });
    expect(row?.topReason?.code).toBeDefined();
  });
});
