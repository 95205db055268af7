import { describe, expect, it } from "vitest";
import { breachesStop } from "./breaches-stop";
import { resolveStopThreshold } from "./resolve-stop-threshold";
import type { Direction, ThresholdKind } from "./types";

type Stop = { kind: ThresholdKind; value: number } | null;

describe("resolveStopThreshold", () => {
  it.each<[string, Direction, number, Stop, number | null]>([
    ["no stop condition", "LOWER_IS_BETTER", 1500, null, null],
    ["relative lower: 10% worse than 1,500", "LOWER_IS_BETTER", 1500, { kind: "RELATIVE", value: 0.1 }, 1650],
    ["relative higher: 10% worse than 100", "HIGHER_IS_BETTER", 100, { kind: "RELATIVE", value: 0.1 }, 90],
    ["absolute ignores the baseline", "LOWER_IS_BETTER", 1500, { kind: "ABSOLUTE", value: 0 }, 0],
  ])("%s", (_name, direction, baseline, stop, expected) => {
    expect(resolveStopThreshold({ direction, baseline, stop })).toBe(expected);
  });
});

describe("breachesStop", () => {
  // name, direction, baseline, stop, measured value, breached
  it.each<[string, Direction, number, Stop, number, boolean]>([
    [
      "relative lower: exactly the stop threshold does not breach",
      "LOWER_IS_BETTER",
      1500,
      { kind: "RELATIVE", value: 0.1 },
      1650,
      false,
    ],
    [
      "relative lower: past the stop threshold breaches",
      "LOWER_IS_BETTER",
      1500,
      { kind: "RELATIVE", value: 0.1 },
      1650.5,
      true,
    ],
    [
      "relative higher: exactly the stop threshold does not breach",
      "HIGHER_IS_BETTER",
      100,
      { kind: "RELATIVE", value: 0.1 },
      90,
      false,
    ],
    [
      "relative higher: below the stop threshold breaches",
      "HIGHER_IS_BETTER",
      100,
      { kind: "RELATIVE", value: 0.1 },
      89.9,
      true,
    ],
    ["absolute 0 mismatches: zero is fine", "LOWER_IS_BETTER", 0, { kind: "ABSOLUTE", value: 0 }, 0, false],
    ["absolute 0 mismatches: any mismatch breaches", "LOWER_IS_BETTER", 0, { kind: "ABSOLUTE", value: 0 }, 1, true],
    [
      "absolute higher: exactly the stop does not breach",
      "HIGHER_IS_BETTER",
      0,
      { kind: "ABSOLUTE", value: 95 },
      95,
      false,
    ],
    ["absolute higher: under the stop breaches", "HIGHER_IS_BETTER", 0, { kind: "ABSOLUTE", value: 95 }, 94, true],
    ["no stop condition never breaches", "LOWER_IS_BETTER", 1500, null, 1_000_000, false],
  ])("%s", (_name, direction, baseline, stop, value, expected) => {
    expect(breachesStop({ target: { direction, baseline, stop }, value })).toBe(expected);
  });
});
