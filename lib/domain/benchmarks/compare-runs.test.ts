import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRuns } from "./compare-runs";
import { minimumPValue } from "./mann-whitney";
import { parseBenchmarkRun } from "./parse-benchmark-run";
import type { BenchmarkQuery, BenchmarkRun } from "./types";

type Spec = { id: string; ms: number | null; rows?: number | null; status?: BenchmarkQuery["status"] };

/** Ten samples around `ms`, spread ±0.5% the same way on every run, so only `ms` moves between runs. */
const samplesAround = (ms: number) => Array.from({ length: 10 }, (_, i) => ms * (1 + 0.001 * (i - 4.5)));

/** A run of plain data: ten iterations per query around its median, failed when ms is null. */
function runOf(specs: Spec[]): BenchmarkRun {
  return {
    format: "dfbench",
    engineVersion: null,
    startedAt: null,
    machine: null,
    system: null,
    benchmark: "tpch",
    queries: specs.map(({ id, ms, rows = null, status }, position) => ({
      queryId: id,
      position,
      status: status ?? (ms === null ? "failed" : "ok"),
      iterationsMs: ms === null ? [] : samplesAround(ms),
      medianMs: ms,
      minMs: ms,
      rowCount: rows,
      rowCountVaries: false,
      failedIterations: ms === null ? 1 : 0,
    })),
  };
}

const compareOne = (baseMs: number | null, candMs: number | null, noiseThreshold?: number) =>
  compareRuns({
    baseline: runOf([{ id: "Query 1", ms: baseMs }]),
    candidate: runOf([{ id: "Query 1", ms: candMs }]),
    noiseThreshold,
  });

describe("compareRuns per query", () => {
  it.each([
    { base: 100, cand: 95, verdict: "no_change", factor: null },
    { base: 100, cand: 105, verdict: "no_change", factor: null },
    { base: 200, cand: 190, verdict: "no_change", factor: null },
    { base: 100, cand: 94.99, verdict: "faster", factor: 100 / 94.99 },
    { base: 100, cand: 105.01, verdict: "slower", factor: 1.0501 },
    { base: 100, cand: 50, verdict: "faster", factor: 2 },
  ] as const)("$base ms -> $cand ms: $verdict", ({ base, cand, verdict, factor }) => {
    const [query] = compareOne(base, cand).queries;
    expect(query).toMatchObject({ verdict, baselineMs: base, candidateMs: cand, incomparableReason: null });
    expect(query?.change).toBeCloseTo(cand / base, 12);
    if (factor === null) expect(query?.factor).toBeNull();
    else expect(query?.factor).toBeCloseTo(factor, 12);
  });

  it.each([
    { base: 100, cand: null, reason: "candidate_failed" },
    { base: null, cand: 100, reason: "baseline_failed" },
    { base: null, cand: null, reason: "both_failed" },
    { base: 0, cand: 3, reason: "zero_baseline" },
  ] as const)("a failed side is incomparable: $reason", ({ base, cand, reason }) => {
    const comparison = compareOne(base, cand);
    expect(comparison.queries[0]).toMatchObject({
      verdict: "incomparable",
      incomparableReason: reason,
      change: null,
      factor: null,
    });
    expect(comparison.workload).toMatchObject({
      comparableQueries: 0,
      incomparable: 1,
      change: null,
      latencyImprovement: null,
    });
  });

  it("uses the given noise threshold", () => {
    expect(compareOne(100, 92, 0.1).queries[0]?.verdict).toBe("no_change");
    expect(() => compareOne(100, 92, 1.5)).toThrow(RangeError);
  });

  it.each([
    { baseRows: 57, candRows: 56, changed: true },
    { baseRows: 57, candRows: 57, changed: false },
    { baseRows: null, candRows: null, changed: false },
    { baseRows: 57, candRows: null, changed: false },
  ])("row counts $baseRows -> $candRows: changed $changed", ({ baseRows, candRows, changed }) => {
    const comparison = compareRuns({
      baseline: runOf([{ id: "Query 18", ms: 180, rows: baseRows }]),
      candidate: runOf([{ id: "Query 18", ms: 120, rows: candRows }]),
    });
    expect(comparison.queries[0]?.rowCountChanged).toBe(changed);
    expect(comparison.workload.rowCountChanged).toBe(changed ? 1 : 0);
  });

  it("flags a comparison resting on a partial query", () => {
    const comparison = compareRuns({
      baseline: runOf([{ id: "Q18", ms: 15021, status: "partial" }]),
      candidate: runOf([{ id: "Q18", ms: 4793 }]),
    });
    expect(comparison.queries[0]).toMatchObject({ partial: true, verdict: "faster" });
  });
});

describe("compareRuns pairing and workload", () => {
  it("pairs by id whatever the order, and reports unmatched queries on both sides", () => {
    const comparison = compareRuns({
      baseline: runOf([
        { id: "Query 1", ms: 100 },
        { id: "Query 2", ms: 200 },
        { id: "Query 3", ms: 50 },
      ]),
      candidate: runOf([
        { id: "Query 2", ms: 150 },
        { id: "Query 1", ms: 100 },
        { id: "Query 4", ms: 10 },
      ]),
    });
    expect(comparison.queries.map((q) => [q.queryId, q.verdict])).toEqual([
      ["Query 1", "no_change"],
      ["Query 2", "faster"],
    ]);
    expect(comparison.unmatched).toEqual({ baselineOnly: ["Query 3"], candidateOnly: ["Query 4"] });
    expect(comparison.workload).toMatchObject({ baselineTotalMs: 300, candidateTotalMs: 250, comparableQueries: 2 });
  });

  it("pairs a repeated id by occurrence", () => {
    const comparison = compareRuns({
      baseline: runOf([
        { id: "Cancellation", ms: 100 },
        { id: "Cancellation", ms: 200 },
      ]),
      candidate: runOf([
        { id: "Cancellation", ms: 100 },
        { id: "Cancellation", ms: 400 },
        { id: "Cancellation", ms: 1 },
      ]),
    });
    expect(comparison.queries.map((q) => q.verdict)).toEqual(["no_change", "slower"]);
    expect(comparison.unmatched.candidateOnly).toEqual(["Cancellation"]);
  });

  it("leaves failed queries out of the totals but counts them", () => {
    const { workload } = compareRuns({
      baseline: runOf([
        { id: "Query 1", ms: 100 },
        { id: "Query 2", ms: 200 },
        { id: "Query 3", ms: 300 },
      ]),
      candidate: runOf([
        { id: "Query 1", ms: 80 },
        { id: "Query 2", ms: null },
        { id: "Query 3", ms: 320 },
      ]),
    });
    expect(workload).toMatchObject({
      baselineTotalMs: 400,
      candidateTotalMs: 400,
      comparableQueries: 2,
      faster: 1,
      slower: 1,
      noChange: 0,
      incomparable: 1,
      verdict: "no_change",
    });
    expect(workload.latencyImprovement).toBe(0);
  });

  it("computes the workload change and the latency improvement as a fraction", () => {
    const { workload } = compareRuns({
      baseline: runOf([
        { id: "Query 1", ms: 600 },
        { id: "Query 2", ms: 400 },
      ]),
      candidate: runOf([
        { id: "Query 1", ms: 500 },
        { id: "Query 2", ms: 250 },
      ]),
    });
    expect(workload).toMatchObject({ baselineTotalMs: 1000, candidateTotalMs: 750, change: 0.75, verdict: "faster" });
    expect(workload.latencyImprovement).toBeCloseTo(0.25, 12);
  });
});

describe("compareRuns on the dfbench fixtures", () => {
  const fixture = (file: string) => {
    const text = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", file), "utf8");
    const result = parseBenchmarkRun(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.run;
  };

  it("main vs branch: the failed query is incomparable, the row count change is flagged", () => {
    const comparison = compareRuns({
      baseline: fixture("dfbench-tpch-sf1-main.json"),
      candidate: fixture("dfbench-tpch-sf1-branch.json"),
    });
    const byId = new Map(comparison.queries.map((query) => [query.queryId, query]));
    expect(comparison.queries).toHaveLength(22);
    expect(byId.get("Query 21")).toMatchObject({
      verdict: "incomparable",
      incomparableReason: "candidate_failed",
      baselineMs: 214.137076,
    });
    expect(byId.get("Query 18")).toMatchObject({ rowCountChanged: true, baselineRowCount: 57, candidateRowCount: 56 });
    expect(byId.get("Query 17")).toMatchObject({ verdict: "faster", baselineMs: 155.539033, candidateMs: 104.025985 });
    expect(comparison.workload).toMatchObject({ comparableQueries: 21, incomparable: 1, rowCountChanged: 1 });
  });

  it("a legacy integer-id baseline pairs with a current run", () => {
    const comparison = compareRuns({
      baseline: fixture("tpch-summary--1679330119.json"),
      candidate: fixture("dfbench-tpch-sf1-main.json"),
    });
    expect(comparison.unmatched).toEqual({ baselineOnly: [], candidateOnly: [] });
    expect(comparison.workload.faster).toBe(22);
  });
});

describe("compareRuns properties", () => {
  // Generated dfbench files go through the real parser, so the property covers the whole path.
  const dfbenchFile = fc
    .array(
      fc.record({
        iterations: fc.array(
          fc.record({ elapsed: fc.double({ min: 0, max: 1e6, noNaN: true }), row_count: fc.nat() }),
          { maxLength: 5 },
        ),
        success: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((queries) => ({
      context: { datafusion_version: "49.0.0", start_time: 1755512345 },
      queries: queries.map((query, i) => ({ query: `Query ${i + 1}`, ...query })),
    }));

  it("comparing a run with itself: every comparable query has no change, and the improvement is 0", () => {
    fc.assert(
      fc.property(dfbenchFile, (file) => {
        const parsed = parseBenchmarkRun(file);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const comparison = compareRuns({ baseline: parsed.run, candidate: parsed.run });
        for (const query of comparison.queries) {
          const n = query.statistics?.baselineSamples ?? 0;
          const expected =
            query.baselineMs === null || query.baselineMs === 0
              ? "incomparable"
              : minimumPValue(n, n) >= 0.05
                ? "too_few_samples"
                : "no_change";
          expect(query.verdict).toBe(expected);
        }
        expect(comparison.unmatched).toEqual({ baselineOnly: [], candidateOnly: [] });
        if (comparison.workload.baselineTotalMs > 0) expect(comparison.workload.latencyImprovement).toBe(0);
        else expect(comparison.workload.latencyImprovement).toBeNull();
      }),
    );
  });

  it("parsed medians lie between the fastest and the slowest iteration", () => {
    fc.assert(
      fc.property(dfbenchFile, (file) => {
        const parsed = parseBenchmarkRun(file);
        if (!parsed.ok) throw new Error("generated file refused");
        for (const query of parsed.run.queries) {
          if (query.medianMs === null) continue;
          const times = query.iterationsMs.filter((t): t is number => t !== null);
          expect(query.medianMs).toBeGreaterThanOrEqual(Math.min(...times));
          expect(query.medianMs).toBeLessThanOrEqual(Math.max(...times));
        }
      }),
    );
  });
});
