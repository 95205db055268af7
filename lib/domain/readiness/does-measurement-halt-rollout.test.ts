import { describe, expect, it } from "vitest";
import { doesMeasurementHaltRollout } from "./does-measurement-halt-rollout";
import { buildKpiTarget, buildMeasurement, daysAfter, minutesAfter, NOW } from "./test-factories";
import type { Measurement } from "./types";

// The target: p95 latency, baseline 1,500 ms, stop at 10% worse (over 1,650 ms).
const target = buildKpiTarget();
const breaching = buildMeasurement({ id: "new", value: 1800, takenAt: NOW });
const fine = buildMeasurement({ id: "new", value: 1100, takenAt: NOW });
const open = { observationEndsAt: daysAfter(NOW, 3), rolledBackAt: null };

describe("doesMeasurementHaltRollout", () => {
  it.each<[string, Partial<Parameters<typeof doesMeasurementHaltRollout>[0]>, boolean]>([
    ["a breaching value in an open window halts", {}, true],
    ["a window without an end is open", { release: { observationEndsAt: null, rolledBackAt: null } }, true],
    ["a value within the stop condition does not", { measurements: [fine] }, false],
    ["a window that has ended does not", { release: { observationEndsAt: NOW, rolledBackAt: null } }, false],
    ["a rolled-back release does not", { release: { ...open, rolledBackAt: minutesAfter(NOW, -5) } }, false],
    ["a release judged by no targets does not", { targets: null }, false],
    [
      "a synthetic value never counts, so it does not",
      { measurements: [buildMeasurement({ id: "new", value: 1800, takenAt: NOW, source: "SYNTHETIC" })] },
      false,
    ],
    [
      "a breaching value superseded by a later measurement does not",
      { measurements: [breaching, buildMeasurement({ value: 1100, takenAt: minutesAfter(NOW, 1) })] },
      false,
    ],
    [
      "an earlier breach (already judged) is not this measurement's",
      {
        measurements: [buildMeasurement({ id: "old", value: 1900, takenAt: minutesAfter(NOW, 1) }), fine],
      },
      false,
    ],
  ])("%s", (_name, overrides, halts) => {
    const measurements: Measurement[] = [breaching];
    expect(
      doesMeasurementHaltRollout({
        release: open,
        targets: [target],
        measurements,
        measurementId: "new",
        now: NOW,
        ...overrides,
      }),
    ).toBe(halts);
  });
});
