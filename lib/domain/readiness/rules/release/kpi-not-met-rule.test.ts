import { describe, expect, it } from "vitest";
import {
  buildKpiTarget,
  buildMeasurement,
  buildRelease,
  buildReleaseRuleContext,
  buildTargetVersion,
} from "../../test-factories";
import type { KpiTarget, Measurement } from "../../types";
import { kpiNotMetRule } from "./kpi-not-met-rule";

const throughput = buildKpiTarget({
  kpiKey: "throughput",
  label: "Throughput",
  unit: "qps",
  direction: "HIGHER_IS_BETTER",
  baseline: 100,
  targetKind: "RELATIVE",
  targetValue: 0.1,
  stop: null,
});

function run(targets: KpiTarget[], measurements: Measurement[]) {
  const release = buildRelease({ versionLabel: "2026.11.2", measurements });
  return kpiNotMetRule.evaluate(
    buildReleaseRuleContext({ release, targetVersions: [buildTargetVersion({ targets })] }),
  );
}

describe("kpiNotMetRule", () => {
  it.each<[string, KpiTarget[], Measurement[], string[]]>([
    ["latency at the 1,200 ms threshold is met", [buildKpiTarget()], [buildMeasurement({ value: 1200 })], []],
    ["latency over the threshold is missed", [buildKpiTarget()], [buildMeasurement({ value: 1480 })], ["p95_latency"]],
    [
      "throughput at the 110 qps threshold is met",
      [throughput],
      [buildMeasurement({ kpiKey: "throughput", value: 110 })],
      [],
    ],
    [
      "throughput under the threshold is missed",
      [throughput],
      [buildMeasurement({ kpiKey: "throughput", value: 105 })],
      ["throughput"],
    ],
    ["a KPI without a counting measurement is KPI_MISSING, not this", [buildKpiTarget()], [], []],
    [
      "each missed KPI gives its own reason",
      [buildKpiTarget(), throughput],
      [buildMeasurement({ value: 1300 }), buildMeasurement({ kpiKey: "throughput", value: 90 })],
      ["p95_latency", "throughput"],
    ],
  ])("%s", (_name, targets, measurements, expected) => {
    expect(run(targets, measurements).map((reason) => reason.kpiKey)).toEqual(expected);
  });

  it("states measured value, target and baseline with units", () => {
    const [reason] = run([buildKpiTarget()], [buildMeasurement({ value: 1480 })]);
    expect(reason?.message).toBe(
      "Release 2026.11.2: p95 latency was 1,480 ms against a target of ≤ 1,200 ms (baseline 1,500 ms).",
    );
    expect(reason?.fix).toContain("≤ 1,200 ms");
    expect(reason?.releaseId).toBeDefined();
  });

  it("uses ≥ for higher-is-better KPIs", () => {
    const [reason] = run([throughput], [buildMeasurement({ kpiKey: "throughput", value: 105 })]);
    expect(reason?.message).toBe(
      "Release 2026.11.2: Throughput was 105 qps against a target of ≥ 110 qps (baseline 100 qps).",
    );
  });
});

describe("kpiNotMetRule with a required confidence", () => {
  const significant = buildKpiTarget({ requiredConfidence: 0.95 });
  const measured = (value: number, low: number, high: number) =>
    buildMeasurement({ value, interval: { low, high, confidence: 0.95 } });

  it.each<[string, Measurement[], string[]]>([
    ["the whole interval under 1,200 ms: met", [measured(1100, 1050, 1190)], []],
    ["a point under the target with an interval across it: not met", [measured(1150, 1000, 1400)], ["p95_latency"]],
    ["no interval: not met", [buildMeasurement({ value: 1000 })], ["p95_latency"]],
  ])("%s", (_name, measurements, expected) => {
    expect(run([significant], measurements).map((reason) => reason.kpiKey)).toEqual(expected);
  });

  it("says the improvement is not significant and how to fix it", () => {
    const [reason] = run([significant], [measured(1150, 1000, 1400)]);
    expect(reason?.message).toBe(
      "Release 2026.11.2: p95 latency was 1,150 ms (95% interval 1,000 ms – 1,400 ms) against a target of ≤ 1,200 ms with 95% confidence (baseline 1,500 ms): the improvement is not significant.",
    );
    expect(reason?.fix).toContain("more samples");
  });
});
