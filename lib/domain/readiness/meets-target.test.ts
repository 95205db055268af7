import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetsTarget } from "./meets-target";
import { resolveTargetThreshold } from "./resolve-target-threshold";
import type { Direction, ThresholdKind } from "./types";

type Row = [string, Direction, ThresholdKind, number, number, number, boolean];

describe("resolveTargetThreshold", () => {
  it.each([
    ["relative, lower is better: 20% under 1,500", "LOWER_IS_BETTER", "RELATIVE", 1500, 0.2, 1200],
    ["relative, higher is better: 10% over 100 (no float noise)", "HIGHER_IS_BETTER", "RELATIVE", 100, 0.1, 110],
    ["relative, higher is better: 30% over 0.7", "HIGHER_IS_BETTER", "RELATIVE", 0.7, 0.3, 0.91],
    ["absolute ignores the baseline", "LOWER_IS_BETTER", "ABSOLUTE", 1500, 900, 900],
    ["absolute, higher is better", "HIGHER_IS_BETTER", "ABSOLUTE", 10, 99.5, 99.5],
  ] as const)("%s", (_name, direction, targetKind, baseline, targetValue, expected) => {
    expect(resolveTargetThreshold({ direction, targetKind, baseline, targetValue })).toBe(expected);
  });
});

describe("meetsTarget", () => {
  // name, direction, kind, baseline, targetValue, measured value, meets
  const rows: Row[] = [
    ["relative lower: exactly the threshold passes", "LOWER_IS_BETTER", "RELATIVE", 1500, 0.2, 1200, true],
    ["relative lower: better than the threshold passes", "LOWER_IS_BETTER", "RELATIVE", 1500, 0.2, 900, true],
    ["relative lower: just over the threshold fails", "LOWER_IS_BETTER", "RELATIVE", 1500, 0.2, 1200.01, false],
    ["relative lower: the baseline itself fails", "LOWER_IS_BETTER", "RELATIVE", 1500, 0.2, 1500, false],
    ["relative higher: exactly the threshold passes", "HIGHER_IS_BETTER", "RELATIVE", 100, 0.1, 110, true],
    ["relative higher: just under the threshold fails", "HIGHER_IS_BETTER", "RELATIVE", 100, 0.1, 109.99, false],
    ["absolute lower: exactly the threshold passes", "LOWER_IS_BETTER", "ABSOLUTE", 0, 0, 0, true],
    ["absolute lower: one over fails", "LOWER_IS_BETTER", "ABSOLUTE", 0, 0, 1, false],
    ["absolute higher: exactly the threshold passes", "HIGHER_IS_BETTER", "ABSOLUTE", 0, 99.5, 99.5, true],
    ["absolute higher: just under fails", "HIGHER_IS_BETTER", "ABSOLUTE", 0, 99.5, 99.4, false],
    ["NaN never meets a target", "LOWER_IS_BETTER", "ABSOLUTE", 0, 10, Number.NaN, false],
  ];
  it.each(rows)("%s", (_name, direction, targetKind, baseline, targetValue, value, expected) => {
    expect(meetsTarget({ target: { direction, targetKind, baseline, targetValue }, value })).toBe(expected);
  });

  it("a value exactly at a whole-percent relative threshold passes in both directions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (baseline, percent) => {
        const lower = (baseline * (100 - percent)) / 100;
        const higher = (baseline * (100 + percent)) / 100;
        const fraction = percent / 100;
        expect(
          meetsTarget({
            target: { direction: "LOWER_IS_BETTER", targetKind: "RELATIVE", baseline, targetValue: fraction },
            value: lower,
          }),
        ).toBe(true);
        expect(
          meetsTarget({
            target: { direction: "HIGHER_IS_BETTER", targetKind: "RELATIVE", baseline, targetValue: fraction },
            value: higher,
          }),
        ).toBe(true);
      }),
    );
  });
});
