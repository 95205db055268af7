import { describe, expect, it } from "vitest";
import {
  buildKpiTarget,
  buildMeasurement,
  buildRelease,
  buildReleaseRuleContext,
  buildTargetVersion,
  daysAgo,
} from "../../test-factories";
import type { KpiTarget, Measurement } from "../../types";
import { stopConditionRule } from "./stop-condition-rule";

const mismatches = buildKpiTarget({
  kpiKey: "result_mismatches",
  label: "Mismatching queries",
  unit: "queries",
  baseline: 0,
  targetKind: "ABSOLUTE",
  targetValue: 0,
  stop: { kind: "ABSOLUTE", value: 0 },
});

function run(targets: KpiTarget[], measurements: Measurement[]) {
  const release = buildRelease({ versionLabel: "2026.11.2", measurements });
  const targetVersions = [buildTargetVersion({ targets })];
  return stopConditionRule.evaluate(buildReleaseRuleContext({ release, targetVersions }));
}

describe("stopConditionRule", () => {
  // latency: baseline 1,500 ms, stop at 10% worse = 1,650 ms
  it.each<[string, KpiTarget[], Measurement[], string[]]>([
    ["latency under the stop threshold", [buildKpiTarget()], [buildMeasurement({ value: 1600 })], []],
    ["latency exactly at the stop threshold", [buildKpiTarget()], [buildMeasurement({ value: 1650 })], []],
    ["latency past the stop threshold", [buildKpiTarget()], [buildMeasurement({ value: 1700 })], ["p95_latency"]],
    ["no stop condition on the KPI", [buildKpiTarget({ stop: null })], [buildMeasurement({ value: 9999 })], []],
    ["no counting measurement cannot breach", [buildKpiTarget()], [], []],
    [
      "a synthetic breach does not count",
      [buildKpiTarget()],
      [buildMeasurement({ value: 9999, source: "SYNTHETIC" })],
      [],
    ],
    ["zero mismatches", [mismatches], [buildMeasurement({ kpiKey: "result_mismatches", value: 0 })], []],
    [
      "one mismatch breaches",
      [mismatches],
      [buildMeasurement({ kpiKey: "result_mismatches", value: 1 })],
      ["result_mismatches"],
    ],
    [
      "one reason per breached KPI",
      [buildKpiTarget(), mismatches],
      [buildMeasurement({ value: 1700 }), buildMeasurement({ kpiKey: "result_mismatches", value: 3 })],
      ["p95_latency", "result_mismatches"],
    ],
  ])("%s", (_name, targets, measurements, expectedKpis) => {
    expect(run(targets, measurements).map((reason) => reason.kpiKey)).toEqual(expectedKpis);
  });

  it("names the release, KPI, value, stop threshold and baseline, and says to roll back", () => {
    const [reason] = run(
      [mismatches],
      [buildMeasurement({ kpiKey: "result_mismatches", value: 3, takenAt: daysAgo(19) })],
    );
    expect(reason).toMatchObject({ code: "STOP_CONDITION", kind: "release" });
    expect(reason?.message).toBe(
      "Release 2026.11.2: Mismatching queries was 3 queries, breaching the stop condition of > 0 queries (baseline 0 queries).",
    );
    expect(reason?.fix).toMatch(/^Roll back release 2026\.11\.2 if it is still deployed/);
  });
});
