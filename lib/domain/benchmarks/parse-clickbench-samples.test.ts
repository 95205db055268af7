import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareRuns } from "./compare-runs";
import { parseBenchmarkRun } from "./parse-benchmark-run";
import type { BenchmarkRun } from "./types";

// ClickBench result files kept as fixtures (tests/fixtures/datafusion/README.md).
const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../tests/fixtures/datafusion");
const CLICKBENCH = path.join(SAMPLES, "clickbench");

function parseSample(file: string): BenchmarkRun {
  const result = parseBenchmarkRun(JSON.parse(readFileSync(path.join(CLICKBENCH, file), "utf8")));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.run;
}

const SAMPLE_FILES = [
  {
    file: "datafusion-partitioned__20260820__c6a.4xlarge.json",
    system: "DataFusion (Parquet, partitioned)",
    machine: "c6a.4xlarge",
    date: "2026-08-20",
    failed: [],
    partial: [],
  },
  {
    file: "datafusion__20220701__f16s_v2.json",
    system: "DataFusion (Parquet, single)",
    machine: "f16s v2",
    date: "2022-07-01",
    failed: [],
    partial: [],
  },
  {
    file: "datafusion__20230221__c6a.4xlarge.json",
    system: "DataFusion (Parquet, single)",
    machine: "c6a.4xlarge",
    date: "2023-02-21",
    failed: ["Q32"],
    partial: [],
  },
  {
    file: "datafusion__20250711__c6a.xlarge.json",
    system: "DataFusion (Parquet, single)",
    machine: "c6a.xlarge",
    date: "2025-07-11",
    failed: ["Q33", "Q34"],
    partial: ["Q18", "Q32"],
  },
  {
    file: "datafusion__20260629__c6a.4xlarge.json",
    system: "DataFusion (Parquet, single)",
    machine: "c6a.4xlarge",
    date: "2026-06-29",
    failed: [],
    partial: [],
  },
  {
    file: "datafusion__20260820__c6a.4xlarge.json",
    system: "DataFusion (Parquet, single)",
    machine: "c6a.4xlarge",
    date: "2026-08-20",
    failed: [],
    partial: [],
  },
  {
    file: "datafusion__20260820__c8g.4xlarge.json",
    system: "DataFusion (Parquet, single)",
    machine: "c8g.4xlarge",
    date: "2026-08-20",
    failed: [],
    partial: [],
  },
];

describe("parseBenchmarkRun on the real ClickBench results", () => {
  it("covers every file in the samples folder", () => {
    expect(readdirSync(CLICKBENCH).sort()).toEqual(SAMPLE_FILES.map((sample) => sample.file).sort());
  });

  it.each(SAMPLE_FILES)("$file", ({ file, system, machine, date, failed, partial }) => {
    const run = parseSample(file);
    expect(run).toMatchObject({ format: "clickbench", system, machine, engineVersion: null, benchmark: "clickbench" });
    expect(run.startedAt?.toISOString()).toBe(`${date}T00:00:00.000Z`);
    expect(run.queries.map((query) => query.queryId)).toEqual(Array.from({ length: 43 }, (_, i) => `Q${i}`));
    expect(run.queries.filter((query) => query.status === "failed").map((query) => query.queryId)).toEqual(failed);
    expect(run.queries.filter((query) => query.status === "partial").map((query) => query.queryId)).toEqual(partial);
    for (const query of run.queries) {
      expect(query.iterationsMs).toHaveLength(3);
      expect(query.rowCount).toBeNull();
      expect(query.medianMs === null).toBe(query.status === "failed");
    }
  });

  it("keeps failed and partial rows of 20250711, with the partial median over the runs that succeeded", () => {
    const queries = parseSample("datafusion__20250711__c6a.xlarge.json").queries;
    expect(queries[18]).toMatchObject({
      status: "partial",
      iterationsMs: [10933, null, 19109],
      medianMs: 15021,
      minMs: 10933,
      failedIterations: 1,
    });
    expect(queries[33]).toMatchObject({
      status: "failed",
      iterationsMs: [null, null, null],
      medianMs: null,
      minMs: null,
      failedIterations: 3,
    });
  });

  it("counts the cold run, which the median of three discards when both hot runs succeed", () => {
    const queries = parseSample("datafusion__20230221__c6a.4xlarge.json").queries;
    // Q0 = [2.656 cold, 0.227, 0.224] s.
    expect(queries[0]).toMatchObject({ iterationsMs: [2656, 227, 224], medianMs: 227, minMs: 224, status: "ok" });
    // Q12 = [2.071, 2.968, 2.008] s: here the cold run is the median, because it counts.
    expect(queries[12]?.medianMs).toBe(2071);
  });

  it("ignores the unreliable version in the 2023 comment", () => {
    expect(parseSample("datafusion__20230221__c6a.4xlarge.json").engineVersion).toBeNull();
  });

  it("compares two real runs on the same machine with every query paired", () => {
    const comparison = compareRuns({
      baseline: parseSample("datafusion__20260629__c6a.4xlarge.json"),
      candidate: parseSample("datafusion__20260820__c6a.4xlarge.json"),
    });
    expect(comparison.unmatched).toEqual({ baselineOnly: [], candidateOnly: [] });
    expect(comparison.workload.comparableQueries).toBe(43);
    // Three runs against three cannot reach p < 0.05 with a rank test: every query says so plainly,
    // while the workload total, resampled over all 43 queries, still gets an interval.
    expect(comparison.workload.tooFewSamples).toBe(43);
    expect(comparison.workload.statistics?.ciLow).toBeLessThan(comparison.workload.change ?? 0);
    expect(comparison.workload.statistics?.ciHigh).toBeGreaterThan(comparison.workload.change ?? 0);
  });

  it("leaves failed queries of either run out of the totals and counts them as incomparable", () => {
    const comparison = compareRuns({
      baseline: parseSample("datafusion__20230221__c6a.4xlarge.json"),
      candidate: parseSample("datafusion__20250711__c6a.xlarge.json"),
    });
    const incomparable = comparison.queries.filter((query) => query.verdict === "incomparable");
    expect(incomparable.map((query) => [query.queryId, query.incomparableReason])).toEqual([
      ["Q32", "baseline_failed"],
      ["Q33", "candidate_failed"],
      ["Q34", "candidate_failed"],
    ]);
    expect(comparison.workload).toMatchObject({ comparableQueries: 40, incomparable: 3 });
    expect(comparison.queries.find((query) => query.queryId === "Q18")?.partial).toBe(true);
  });
});
