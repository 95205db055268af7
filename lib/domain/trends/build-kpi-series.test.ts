import { describe, expect, it } from "vitest";
import { evaluateLane } from "../readiness/evaluate-lane";
import { NOW, buildMeasurement, buildReadyLane, buildRelease, daysAgo } from "../readiness/test-factories";
import { buildKpiSeries } from "./build-kpi-series";

const series = (lane = buildReadyLane()) => buildKpiSeries({ lane, evaluation: evaluateLane({ lane, now: NOW }) });

describe("buildKpiSeries", () => {
  it("gives one row per deployed release, oldest deployment first, whatever the input order", () => {
    const lane = buildReadyLane({
      releases: [
        buildRelease({ versionLabel: "b", deployedAt: daysAgo(10) }),
        buildRelease({ versionLabel: "planned", deployedAt: null }),
        buildRelease({ versionLabel: "a", deployedAt: daysAgo(30) }),
      ],
    });
    const [latency] = series(lane);
    expect(latency?.rows.map((r) => r.label)).toEqual(["a", "b"]);
  });

  it("counts the latest production value and resolves baseline, target and stop lines (1,500 ms baseline, 20% better, 10% worse)", () => {
    const [latency] = series();
    expect(latency).toMatchObject({ kpiKey: "p95_latency", unit: "ms" });
    expect(latency?.rows[0]).toMatchObject({
      value: 1100,
      baseline: 1500,
      target: 1200,
      stop: 1650,
      met: true,
      synthetic: null,
      invalidated: null,
      superseded: null,
      excluded: [],
    });
  });

  it("keeps synthetic, invalidated and superseded measurements apart: they never become the counted value", () => {
    const deployedAt = daysAgo(20);
    const release = buildRelease({
      deployedAt,
      measurements: [
        buildMeasurement({ value: 1400, takenAt: daysAgo(19) }),
        buildMeasurement({ value: 1000, takenAt: daysAgo(18) }),
        buildMeasurement({ value: 500, source: "SYNTHETIC", takenAt: daysAgo(17) }),
        buildMeasurement({ value: 900, takenAt: daysAgo(16), invalidatedAt: daysAgo(15) }),
      ],
    });
    const [latency] = series(buildReadyLane({ releases: [release] }));
    const row = latency?.rows[0];
    expect(row).toMatchObject({ value: 1000, synthetic: 500, invalidated: 900, superseded: 1400 });
    expect(row?.excluded.map((e) => e.reason)).toEqual(["superseded", "synthetic", "invalidated"]);
  });

  it("calls an invalidated synthetic measurement invalidated, and leaves the value empty when nothing counts", () => {
    const release = buildRelease({
      measurements: [buildMeasurement({ value: 700, source: "SYNTHETIC", invalidatedAt: daysAgo(1) })],
    });
    const [latency] = series(buildReadyLane({ releases: [release] }));
    expect(latency?.rows[0]).toMatchObject({ value: null, met: null, invalidated: 700, synthetic: null });
  });

  it("has no rows for a lane without deployed releases (the empty state), and one row for one release", () => {
    expect(series(buildReadyLane({ releases: [buildRelease({ deployedAt: null })] }))[0]?.rows).toEqual([]);
    expect(series(buildReadyLane({ releases: [buildRelease()] }))[0]?.rows).toHaveLength(1);
  });

  it("has no series at all for a lane without targets", () => {
    expect(series(buildReadyLane({ targetVersions: [] }))).toEqual([]);
  });
});
