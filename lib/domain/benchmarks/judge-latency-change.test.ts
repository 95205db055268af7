import { describe, expect, it } from "vitest";
import { bootstrapWorkloadRatio } from "./bootstrap-workload-ratio";
import { judgeLatencyChange } from "./judge-latency-change";
import { hodgesLehmann, mannWhitneyU, minimumPValue } from "./mann-whitney";

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
/** `n` samples around `ms`, ±`spread` (a fraction), spaced evenly. */
const around = (ms: number, n = 10, spread = 0.02) =>
  Array.from({ length: n }, (_, i) => ms * (1 + spread * ((2 * i) / (n - 1) - 1)));

describe("mannWhitneyU", () => {
  it.each([
    ["fully separated, 5 vs 5: exact p = 2/252", range(5), range(5, 6), 2 / 252, true],
    ["interleaved, 5 vs 5: no evidence", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10], 0.690476, true],
    ["fully separated, 3 vs 3: p = 0.1, the smallest possible", range(3), range(3, 4), 0.1, true],
    ["ties use the normal approximation", [1, 1, 2, 2, 3], [3, 3, 4, 4, 5], 0.01887, false],
  ])("%s", (_name, x, y, p, exact) => {
    const test = mannWhitneyU(x, y);
    expect(test.exact).toBe(exact);
    expect(test.pValue).toBeCloseTo(p, 3);
  });

  it("is symmetric in its two samples", () => {
    expect(mannWhitneyU([5, 9, 2, 7], [1, 3, 4]).pValue).toBeCloseTo(mannWhitneyU([1, 3, 4], [5, 9, 2, 7]).pValue, 12);
  });

  it("switches to the normal approximation for large samples and still finds a shift", () => {
    const test = mannWhitneyU(around(100, 60), around(110, 60));
    expect(test.exact).toBe(false);
    expect(test.pValue).toBeLessThan(1e-6);
  });
});

describe("minimumPValue", () => {
  it.each([
    [3, 3, 0.1],
    [4, 4, 2 / 70],
    [10, 10, 2 / 184756],
    [1, 20, 2 / 21],
  ])("%i vs %i samples: %f", (n1, n2, p) => expect(minimumPValue(n1, n2)).toBeCloseTo(p, 10));
});

describe("hodgesLehmann", () => {
  it("estimates the shift as the median pairwise difference, inside its interval", () => {
    const { shift, low, high } = hodgesLehmann(range(10), range(10, 6), 0.95);
    expect(shift).toBe(5);
    expect(low).toBeLessThan(5);
    expect(high).toBeGreaterThan(5);
  });
});

describe("judgeLatencyChange", () => {
  it.each<[string, (number | null)[], (number | null)[], string]>([
    ["20% faster over 10 samples each", around(100), around(80), "faster"],
    ["20% slower over 10 samples each", around(100), around(120), "slower"],
    ["the same samples", around(100), around(100), "no_significant_change"],
    [
      "a significant 2% drift is within the noise threshold",
      around(100, 10, 0.005),
      around(102, 10, 0.005),
      "no_significant_change",
    ],
    [
      "a 30% change with overlapping noisy samples",
      [100, 160, 90, 150, 95, 170, 85, 140],
      [130, 120, 200, 110, 180, 125, 115, 190],
      "no_significant_change",
    ],
    ["3 runs against 3 (ClickBench) can never be significant", [100, 101, 102], [50, 51, 52], "too_few_samples"],
    ["failed runs are not samples: 1 run against 10", [100, null, null], around(50), "too_few_samples"],
    ["no sample on one side", [], around(50), "too_few_samples"],
  ])("%s: %s", (_name, baselineMs, candidateMs, verdict) => {
    expect(judgeLatencyChange({ baselineMs, candidateMs }).verdict).toBe(verdict);
  });

  it("gives the ratio with a 95% interval that holds it", () => {
    const judged = judgeLatencyChange({ baselineMs: around(100), candidateMs: around(80) });
    expect(judged.ratio).toBeCloseTo(0.8, 2);
    expect(judged.ciLow).toBeLessThan(0.8);
    expect(judged.ciHigh).toBeGreaterThan(0.8);
    expect(judged.ciHigh).toBeLessThan(0.95);
    expect(judged).toMatchObject({ confidence: 0.95, baselineSamples: 10, candidateSamples: 10 });
    expect(judged.pValue).toBeLessThan(0.001);
  });

  it("says too few samples plainly but still estimates the change", () => {
    expect(judgeLatencyChange({ baselineMs: [100, 101, 102], candidateMs: [50, 51, 52] })).toMatchObject({
      verdict: "too_few_samples",
      ciLow: null,
      ciHigh: null,
      pValue: null,
      ratio: expect.closeTo(0.5, 2),
    });
  });
});

describe("bootstrapWorkloadRatio", () => {
  const queries = [
    { baselineMs: around(100), candidateMs: around(80) },
    { baselineMs: around(300), candidateMs: around(240) },
  ];

  it("brackets the workload ratio and is the same on every call (seeded)", () => {
    const interval = bootstrapWorkloadRatio({ queries });
    expect(interval?.low).toBeLessThan(0.8);
    expect(interval?.high).toBeGreaterThan(0.8);
    expect(interval?.high).toBeLessThan(1);
    expect(bootstrapWorkloadRatio({ queries })).toEqual(interval);
  });

  it("has no interval when a query has no sample on a side", () => {
    expect(bootstrapWorkloadRatio({ queries: [{ baselineMs: [], candidateMs: [1] }] })).toBeNull();
  });
});
