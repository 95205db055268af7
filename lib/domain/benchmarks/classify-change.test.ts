import { describe, expect, it } from "vitest";
import { classifyChange, DEFAULT_NOISE_THRESHOLD } from "./classify-change";

describe("classifyChange (compare.py's rule)", () => {
  it("defaults to compare.py's 5% noise threshold", () => {
    expect(DEFAULT_NOISE_THRESHOLD).toBe(0.05);
  });

  it.each([
    { change: 0.95, verdict: "no_change", factor: null },
    { change: 1.05, verdict: "no_change", factor: null },
    { change: 1, verdict: "no_change", factor: null },
    { change: 0.9499, verdict: "faster", factor: 1 / 0.9499 },
    { change: 0.5, verdict: "faster", factor: 2 },
    { change: 1.0501, verdict: "slower", factor: 1.0501 },
    { change: 3, verdict: "slower", factor: 3 },
    { change: 0, verdict: "faster", factor: null },
  ] as const)("change $change -> $verdict", ({ change, verdict, factor }) => {
    expect(classifyChange(change)).toEqual({ verdict, factor });
  });

  it.each([
    { change: 0.91, threshold: 0.1, verdict: "no_change" },
    { change: 0.89, threshold: 0.1, verdict: "faster" },
    { change: 1.001, threshold: 0, verdict: "slower" },
    { change: 1, threshold: 0, verdict: "no_change" },
  ] as const)("threshold $threshold: change $change -> $verdict", ({ change, threshold, verdict }) => {
    expect(classifyChange(change, threshold).verdict).toBe(verdict);
  });
});
