import { describe, expect, it } from "vitest";
import {
  buildKpiTarget,
  buildMeasurement,
  buildRelease,
  buildReleaseRuleContext,
  buildTargetVersion,
  daysAgo,
} from "../../test-factories";
import type { Measurement, TargetVersion } from "../../types";
import { kpiMissingRule } from "./kpi-missing-rule";

const mismatches = buildKpiTarget({
  kpiKey: "result_mismatches",
  label: "Mismatching queries",
  targetKind: "ABSOLUTE",
  targetValue: 0,
});

function run(targetVersions: TargetVersion[], measurements: Measurement[]) {
  const release = buildRelease({ versionLabel: "2026.11.2", deployedAt: daysAgo(20), measurements });
  return kpiMissingRule.evaluate(buildReleaseRuleContext({ release, targetVersions }));
}

describe("kpiMissingRule", () => {
  it.each<[string, TargetVersion[], Measurement[], (string | undefined)[]]>([
    ["every KPI measured", [buildTargetVersion()], [buildMeasurement()], []],
    ["a KPI with no measurement fails", [buildTargetVersion()], [], ["p95_latency"]],
    [
      "only synthetic measurements count as missing",
      [buildTargetVersion()],
      [buildMeasurement({ source: "SYNTHETIC" })],
      ["p95_latency"],
    ],
    [
      "only invalidated measurements count as missing",
      [buildTargetVersion()],
      [buildMeasurement({ invalidatedAt: daysAgo(1) })],
      ["p95_latency"],
    ],
    [
      "one reason per unmeasured KPI, in target order",
      [buildTargetVersion({ targets: [mismatches, buildKpiTarget()] })],
      [],
      ["result_mismatches", "p95_latency"],
    ],
    [
      "no version in force at deployment: one reason without a KPI",
      [buildTargetVersion({ effectiveFrom: daysAgo(10) })],
      [buildMeasurement()],
      [undefined],
    ],
    [
      "the version in force defines no targets: one reason without a KPI",
      [buildTargetVersion({ targets: [] })],
      [],
      [undefined],
    ],
  ])("%s", (_name, targetVersions, measurements, expected) => {
    expect(run(targetVersions, measurements).map((reason) => reason.kpiKey)).toEqual(expected);
  });

  it("says which measurements were ignored and why", () => {
    const [reason] = run(
      [buildTargetVersion()],
      [
        buildMeasurement({ source: "SYNTHETIC" }),
        buildMeasurement({ source: "SYNTHETIC" }),
        buildMeasurement({ invalidatedAt: daysAgo(1) }),
      ],
    );
    expect(reason?.message).toBe(
      "Release 2026.11.2: no production or shadow measurement of p95 latency (2 synthetic and 1 invalidated do not count).",
    );
    expect(reason?.fix).toBe("Record a production or shadow measurement of p95 latency for release 2026.11.2.");
  });

  it("names the deployment time when no targets were in force", () => {
    const [reason] = run([], []);
    expect(reason?.message).toBe(
      "Release 2026.11.2: no KPI targets were in force when it was deployed on 31 Oct 2026, 12:00 UTC, so nothing proves it stable.",
    );
  });
});
