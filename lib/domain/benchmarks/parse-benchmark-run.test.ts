import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBenchmarkRun } from "./parse-benchmark-run";
import type { BenchmarkRun } from "./types";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const readFixture = (file: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8"));

function parseOrThrow(input: unknown): BenchmarkRun {
  const result = parseBenchmarkRun(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.run;
}

/** A minimal current-format dfbench file with the given queries. */
const dfbench = (queries: unknown[]) => ({
  queries,
  context: {
    benchmark_version: "49.0.0",
    datafusion_version: "49.0.0",
    num_cpus: 16,
    start_time: 1755512345,
    arguments: ["tpch"],
  },
});

describe("parseBenchmarkRun: dfbench fixtures", () => {
  it.each([
    {
      file: "dfbench-tpch-sf1-main.json",
      version: "49.0.0",
      startedAt: "2025-08-18T10:19:05.000Z",
      failed: [],
      iterations: 5,
    },
    {
      file: "dfbench-tpch-sf1-branch.json",
      version: "49.0.0",
      startedAt: "2025-08-18T11:49:05.000Z",
      failed: ["Query 21"],
      iterations: 5,
    },
    {
      file: "tpch-summary--1679330119.json",
      version: "20.0.0",
      startedAt: "2023-03-20T16:35:19.000Z",
      failed: [],
      iterations: 3,
    },
  ])("$file", ({ file, version, startedAt, failed, iterations }) => {
    const run = parseOrThrow(readFixture(file));
    expect(run).toMatchObject({ format: "dfbench", engineVersion: version, machine: null, system: null });
    expect(run.startedAt?.toISOString()).toBe(startedAt);
    // The legacy integer ids become "Query N" so an old baseline pairs with a current candidate.
    expect(run.queries.map((query) => query.queryId)).toEqual(Array.from({ length: 22 }, (_, i) => `Query ${i + 1}`));
    expect(run.queries.filter((query) => query.status === "failed").map((query) => query.queryId)).toEqual(failed);
    for (const query of run.queries.filter((q) => q.status === "ok"))
      expect(query.iterationsMs).toHaveLength(iterations);
  });

  it("takes the median of the iterations, already in ms, and the row count of the last one", () => {
    const query = parseOrThrow(readFixture("dfbench-tpch-sf1-main.json")).queries[0];
    expect(query).toMatchObject({
      queryId: "Query 1",
      position: 0,
      status: "ok",
      iterationsMs: [113.506618, 97.158226, 98.160535, 98.941291, 101.044106],
      medianMs: 98.941291,
      minMs: 97.158226,
      rowCount: 4,
      rowCountVaries: false,
      failedIterations: 0,
    });
  });

  it("names the benchmark after the dfbench subcommand", () => {
    expect(parseOrThrow(readFixture("dfbench-tpch-sf1-main.json")).benchmark).toBe("tpch");
  });
});

describe("parseBenchmarkRun: dfbench query status", () => {
  const iteration = (elapsed: number, rowCount = 10) => ({ elapsed, row_count: rowCount });
  it.each([
    {
      name: "success: false with no iterations",
      query: { query: "Query 3", iterations: [], success: false },
      status: "failed",
      medianMs: null,
      failedIterations: 1,
    },
    {
      name: "no success key and no iterations (older runner)",
      query: { query: 3, iterations: [] },
      status: "failed",
      medianMs: null,
      failedIterations: 1,
    },
    {
      name: "success: false after recorded iterations",
      query: { query: "Query 3", iterations: [iteration(12), iteration(11)], success: false },
      status: "failed",
      medianMs: null,
      failedIterations: 1,
    },
    {
      name: "success: true",
      query: { query: "Query 3", iterations: [iteration(12), iteration(11)], success: true },
      status: "ok",
      medianMs: 11.5,
      failedIterations: 0,
    },
    {
      name: "no success key (older runner) with iterations",
      query: { query: 3, iterations: [iteration(12)] },
      status: "ok",
      medianMs: 12,
      failedIterations: 0,
    },
  ])("$name -> $status", ({ query, status, medianMs, failedIterations }) => {
    const parsed = parseOrThrow(dfbench([query])).queries[0];
    expect(parsed).toMatchObject({ status, medianMs, failedIterations });
    // Failed queries keep whatever iterations were recorded, so they can be shown.
    expect(parsed?.iterationsMs).toEqual(query.iterations.map((it) => it.elapsed));
  });

  it("flags row counts that differ across iterations and reports the last one", () => {
    const parsed = parseOrThrow(
      dfbench([{ query: "Query 9", iterations: [iteration(5, 175), iteration(5, 174)], success: true }]),
    );
    expect(parsed.queries[0]).toMatchObject({ rowCount: 174, rowCountVaries: true });
  });

  it("accepts the raw file text as well as the parsed value", () => {
    const text = readFileSync(path.join(FIXTURES, "dfbench-tpch-sf1-branch.json"), "utf8");
    expect(parseOrThrow(text)).toEqual(parseOrThrow(JSON.parse(text)));
  });

  it("tolerates fields a newer runner may add", () => {
    const run = parseOrThrow({
      ...dfbench([{ query: "Query 1", iterations: [{ ...iteration(5), peak_memory: 1024 }], success: true }]),
      extra: true,
    });
    expect(run.queries[0]?.medianMs).toBe(5);
  });
});
