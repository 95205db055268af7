import { describe, expect, it } from "vitest";
import { buildLatencyMeasurement } from "./build-latency-measurement";
import { compareRuns } from "./compare-runs";
import type { BenchmarkRun } from "./types";

type Medians = [queryId: string, medianMs: number | null][];

function runOf(queries: Medians): BenchmarkRun {
  return {
    format: "clickbench",
    engineVersion: null,
    startedAt: null,
    machine: "c6a.4xlarge",
    system: "DataFusion (Parquet, single)",
    benchmark: "clickbench",
    queries: queries.map(([queryId, ms], position) => ({
      queryId,
      position,
      status: ms === null ? "failed" : "ok",
      iterationsMs: [ms, ms, ms],
      medianMs: ms,
      minMs: ms,
      rowCount: null,
      rowCountVaries: false,
      failedIterations: ms === null ? 3 : 0,
    })),
  };
}

const measure = (baseline: Medians, candidate: Medians) =>
  buildLatencyMeasurement(compareRuns({ baseline: runOf(baseline), candidate: runOf(candidate) }));

describe("buildLatencyMeasurement", () => {
  it.each<{ name: string; baseline: Medians; candidate: Medians; expected: object }>([
    {
      name: "every query comparable",
      baseline: [
        ["Q0", 1000],
        ["Q1", 3000],
      ],
      candidate: [
        ["Q0", 700],
        ["Q1", 2500],
      ],
      expected: { value: 3200, baseline: 4000, unit: "ms", comparableQueries: 2, excludedQueries: 0, complete: true },
    },
    {
      name: "a candidate failure is excluded and makes it incomplete",
      baseline: [
        ["Q0", 1000],
        ["Q1", 3000],
      ],
      candidate: [
        ["Q0", 700],
        ["Q1", null],
      ],
      expected: { value: 700, baseline: 1000, comparableQueries: 1, excludedQueries: 1, complete: false },
    },
    {
      name: "unmatched queries are excluded and make it incomplete",
      baseline: [
        ["Q0", 1000],
        ["Q1", 3000],
      ],
      candidate: [
        ["Q0", 900],
        ["Q2", 10],
      ],
      expected: { value: 900, baseline: 1000, comparableQueries: 1, excludedQueries: 2, complete: false },
    },
  ])("$name", ({ baseline, candidate, expected }) => {
    expect(measure(baseline, candidate)).toMatchObject(expected);
  });

  it("is null when nothing is comparable, so a 0 ms value never passes a target", () => {
    expect(measure([["Q0", null]], [["Q0", 500]])).toBeNull();
    expect(measure([["Q0", 100]], [["Q1", 50]])).toBeNull();
  });

  it.each([
    { candidate: 800, passes: true },
    { candidate: 800.5, passes: false },
  ])("judges a '20% lower latency' target: $candidate ms vs 1000 ms -> $passes", ({ candidate, passes }) => {
    const measurement = measure([["Q0", 1000]], [["Q0", candidate]]);
    expect(measurement !== null && measurement.value <= measurement.baseline * 0.8).toBe(passes);
  });
});
