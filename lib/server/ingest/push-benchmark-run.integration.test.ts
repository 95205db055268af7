import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, days } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { pushBenchmarkRun } from "@/lib/server/ingest/push-benchmark-run";
import { getLaneReadiness } from "@/lib/server/lanes/get-lane-readiness";
import { closeReleaseWindow } from "@/lib/server/releases/close-release-window";
import { createRelease } from "@/lib/server/releases/create-release";
import { deployRelease } from "@/lib/server/releases/deploy-release";
import { recordMeasurement } from "@/lib/server/measurements/record-measurement";

// A latency target "20% lower with 95% confidence" judged on what a benchmark push records:
// the measurement keeps the workload ratio's interval, and the gate reads it back.
const { db } = createTestDb();
const actor: Actor = { type: "SYSTEM", label: "benchmark test" };
const T0 = new Date("2026-10-01T08:00:00.000Z");

/** dfbench JSON with ten iterations a query, spread ±`spread` around each median. */
function dfbench(medians: Record<string, number>, spread: number) {
  return {
    context: { datafusion_version: "54.1.0", start_time: 1764000000, arguments: ["tpch", "--iterations", "10"] },
    queries: Object.entries(medians).map(([query, ms]) => ({
      query,
      iterations: Array.from({ length: 10 }, (_, i) => ({
        elapsed: ms * (1 + spread * ((2 * i) / 9 - 1)),
        row_count: 4,
      })),
      success: true,
    })),
  };
}

async function release(slug: string, label: string, at: Date, candidate: ReturnType<typeof dfbench>) {
  await createRelease({ db, actor, slug, input: { versionLabel: label, engineVersion: "54" }, now: at });
  await deployRelease({ db, actor, slug, label, input: { observationWindowHours: 24 }, now: at });
  const pushed = await pushBenchmarkRun({
    db,
    actor,
    slug,
    input: { role: "CANDIDATE", releaseLabel: label, source: "PRODUCTION", result: candidate },
    now: days(at, 0.1),
  });
  await recordMeasurement({
    db,
    actor,
    slug,
    label,
    input: { kpiKey: "result_mismatches", value: 0, source: "SHADOW", takenAt: days(at, 0.1).toISOString() },
    now: days(at, 0.1),
  });
  await closeReleaseWindow({ db, actor, slug, label, input: {}, now: days(at, 0.5) });
  return pushed;
}

afterAll(async () => {
  await db.$disconnect();
});

describe("latency KPI with confidence from a benchmark push", () => {
  it("stores the interval, passes a significant improvement and refuses a noisy one", async () => {
    const { slug, lane } = await createReleaseLane(db, { at: T0 });
    await db.kpiTarget.updateMany({
      where: { kpiKey: "p95_latency_ms", targetVersion: { laneId: lane.id } },
      data: { requiredConfidence: 0.95 },
    });
    await pushBenchmarkRun({
      db,
      actor,
      slug,
      input: { role: "BASELINE", source: "SHADOW", result: dfbench({ "Query 1": 100, "Query 2": 300 }, 0.01) },
      now: T0,
    });

    // 30% faster with tight samples: the whole interval is under 4,200 × 0.8 = 3,360 ms.
    const clear = await release(slug, "1.0.0", days(T0, 1), dfbench({ "Query 1": 70, "Query 2": 210 }, 0.01));
    expect(clear.measurement?.value).toBeCloseTo(2940, 3);
    expect(clear.measurement?.interval?.high).toBeLessThan(3360);
    const row = await db.measurement.findFirstOrThrow({ where: { id: clear.measurement?.id } });
    expect([row.ciLow?.toNumber(), row.ciHigh?.toNumber(), row.confidence?.toNumber()]).toEqual([
      clear.measurement?.interval?.low,
      clear.measurement?.interval?.high,
      0.95,
    ]);

    // 21% faster on average, but samples spread ±40%: the point meets, the interval does not.
    const noisy = await release(slug, "1.1.0", days(T0, 4), dfbench({ "Query 1": 79, "Query 2": 237 }, 0.4));
    expect(noisy.measurement?.value).toBeLessThan(3360);
    expect(noisy.measurement?.interval?.high).toBeGreaterThan(3360);

    const readiness = await getLaneReadiness({ db, slug, now: days(T0, 7) });
    const reasons = readiness.reasons.filter((r) => r.code === "KPI_NOT_MET");
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.message).toMatch(
      /^Release 1\.1\.0: p95 latency was .+ \(95% interval .+\) against a target of ≤ 3,360 ms with 95% confidence .+: the improvement is not significant\.$/,
    );
    expect(readiness.streak).toBe(0);
  });
});
