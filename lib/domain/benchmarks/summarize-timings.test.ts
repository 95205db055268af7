import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeTimings } from "./summarize-timings";

describe("summarizeTimings", () => {
  it.each([
    { name: "one run", runs: [100], status: "ok", medianMs: 100, minMs: 100, failed: 0 },
    { name: "odd count: the middle value", runs: [3, 1, 2], status: "ok", medianMs: 2, minMs: 1, failed: 0 },
    {
      name: "even count: mean of the two middle",
      runs: [4, 1, 3, 2],
      status: "ok",
      medianMs: 2.5,
      minMs: 1,
      failed: 0,
    },
    {
      name: "a cold outlier does not move the median",
      runs: [2656, 227, 224],
      status: "ok",
      medianMs: 227,
      minMs: 224,
      failed: 0,
    },
    {
      name: "partial: median of the runs that succeeded",
      runs: [10933, null, 19109],
      status: "partial",
      medianMs: 15021,
      minMs: 10933,
      failed: 1,
    },
    { name: "partial with one survivor", runs: [null, 5, null], status: "partial", medianMs: 5, minMs: 5, failed: 2 },
    {
      name: "all runs null: failed, never fast",
      runs: [null, null, null],
      status: "failed",
      medianMs: null,
      minMs: null,
      failed: 3,
    },
    { name: "no runs at all: failed", runs: [], status: "failed", medianMs: null, minMs: null, failed: 0 },
  ] as const)("$name", ({ runs, status, medianMs, minMs, failed }) => {
    expect(summarizeTimings(runs)).toEqual({ status, medianMs, minMs, failedIterations: failed });
  });

  it("keeps the median between the fastest and the slowest successful run", () => {
    const timing = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(timing, { maxLength: 12 }), (runs) => {
        const succeeded = runs.filter((run): run is number => run !== null);
        const summary = summarizeTimings(runs);
        if (succeeded.length === 0) {
          expect(summary.medianMs).toBeNull();
          return;
        }
        expect(summary.minMs).toBe(Math.min(...succeeded));
        expect(summary.medianMs).toBeGreaterThanOrEqual(Math.min(...succeeded));
        expect(summary.medianMs).toBeLessThanOrEqual(Math.max(...succeeded));
      }),
    );
  });
});
