import { describe, expect, it } from "vitest";
import { NOW, buildMeasurement, buildReadyLane, buildRelease, daysAgo } from "../../test-factories";
import type { Measurement } from "../../types";
import { pocDataOnlyRule } from "./poc-data-only-rule";

function run(measurementsPerRelease: Measurement[][]) {
  const releases = measurementsPerRelease.map((measurements) => buildRelease({ measurements }));
  return pocDataOnlyRule.evaluate({ lane: buildReadyLane({ releases }), now: NOW });
}

const synthetic = () => buildMeasurement({ source: "SYNTHETIC" });

describe("pocDataOnlyRule", () => {
  it.each<[string, Measurement[][], number]>([
    ["no measurements at all: nothing to judge", [[]], 0],
    ["one production measurement", [[buildMeasurement()]], 0],
    ["synthetic beside a shadow measurement", [[synthetic(), buildMeasurement({ source: "SHADOW" })]], 0],
    ["only synthetic measurements", [[synthetic()], [synthetic()]], 1],
    ["synthetic plus invalidated production ones", [[synthetic(), buildMeasurement({ invalidatedAt: daysAgo(1) })]], 1],
    [
      "only invalidated measurements: none valid",
      [[buildMeasurement({ source: "SYNTHETIC", invalidatedAt: daysAgo(1) })]],
      0,
    ],
  ])("%s", (_name, measurements, expected) => {
    expect(run(measurements)).toHaveLength(expected);
  });

  it("counts the synthetic measurements", () => {
    expect(run([[synthetic(), synthetic()], [synthetic()]])[0]?.message).toBe(
      "All 3 valid measurements of lane Checkout are synthetic (POC); none comes from production or shadow traffic.",
    );
  });
});
