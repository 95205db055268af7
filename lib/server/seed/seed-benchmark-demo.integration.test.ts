import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { getReleaseEvidence } from "@/lib/server/ingest/get-release-evidence";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { DEMO_LANES } from "@/lib/server/seed/demo-lanes";
import { seedBenchmarkDemo } from "@/lib/server/seed/seed-benchmark-demo";
import { seedDemo } from "@/lib/server/seed/seed-demo";

const { db } = createTestDb();
const now = new Date();
const verdicts = () =>
  Promise.all(DEMO_LANES.map(async (l) => [l.slug, (await getLaneReadiness({ db, slug: l.slug, now })).verdict]));

describe("seedBenchmarkDemo", () => {
  let before: unknown[];
  beforeAll(async () => {
    await seedDemo({ db, now });
    before = await verdicts();
    await seedBenchmarkDemo({ db, now });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("adds a baseline and a candidate run once, records no measurement, and changes no demo verdict", async () => {
    const measurements = await db.measurement.count();
    expect(await seedBenchmarkDemo({ db, now })).toEqual({ created: false });
    const runs = await db.benchmarkRun.findMany({
      where: { lane: { slug: "nightly-revenue-rollup" } },
      select: { role: true },
    });
    expect(runs.map((r) => r.role).sort()).toEqual(["BASELINE", "CANDIDATE"]);
    expect(await db.measurement.count()).toBe(measurements);
    expect(await verdicts()).toEqual(before);
  });

  it("gives release 2026.11.1 a comparison table and a changed plan", async () => {
    const release = await db.release.findFirstOrThrow({
      where: { versionLabel: "2026.11.1", lane: { slug: "nightly-revenue-rollup" } },
      select: { id: true, laneId: true },
    });
    const evidence = await getReleaseEvidence({ db, laneId: release.laneId, releaseId: release.id, now });
    expect(evidence.benchmark?.comparison.queries.map((q) => q.verdict)).toEqual([
      "faster",
      "faster",
      "no_change",
      "slower",
      "faster",
      "faster",
    ]);
    expect(evidence.benchmark?.comparison.workload.verdict).toBe("faster");
    expect(evidence.plans).toEqual([
      expect.objectContaining({ queryName: "revenue_by_region", changed: true, previousRelease: "2026.10.1" }),
    ]);
    expect(evidence.plans[0]?.summary.join(" ")).toMatch(/FilterExec/);
  });
});
