import type { TClickbenchResult } from "./clickbench-result-schema";
import { summarizeTimings } from "./summarize-timings";
import type { BenchmarkQuery, BenchmarkRun } from "./types";

/**
 * Turn a validated ClickBench result into a BenchmarkRun: seconds become ms, and rows, which have
 * no ids in the file, are named by position Q0..Q42 (ClickBench's own numbering).
 *
 * Cold run decision: run 1 (cold: the driver drops the OS page cache first) COUNTS. The median of
 * three runs already discards a single cold outlier when both hot runs succeed (median of
 * [2.656, 0.227, 0.224] s is 0.227 s, a hot run), so no special case is needed, and every run is
 * treated alike, as dfbench iterations are. The price: when one hot run is null the median is
 * the mean of the cold and the remaining hot run ([10.933, null, 19.109] -> 15.021 s); such a
 * query is marked "partial", so the mixed number is never shown as a clean measurement.
 */
export function normalizeClickbenchResult(data: TClickbenchResult): BenchmarkRun {
  return {
    format: "clickbench",
    // The `comment` sometimes names a version, but not reliably (a 2023 file says v47), so none.
    engineVersion: null,
    // `date` is the UTC run date (make-json.sh uses UTC); the time of day is not recorded.
    startedAt: new Date(`${data.date}T00:00:00Z`),
    machine: data.machine,
    system: data.system,
    benchmark: "clickbench",
    queries: data.result.map(normalizeRow),
  };
}

function normalizeRow(runsSeconds: readonly (number | null)[], position: number): BenchmarkQuery {
  const iterationsMs = runsSeconds.map((seconds) => (seconds === null ? null : secondsToMs(seconds)));
  const timing = summarizeTimings(iterationsMs);
  return {
    queryId: `Q${position}`,
    position,
    status: timing.status,
    iterationsMs,
    medianMs: timing.medianMs,
    minMs: timing.minMs,
    rowCount: null,
    rowCountVaries: false,
    failedIterations: timing.failedIterations,
  };
}

/** Rounded to the microsecond so 0.227 s reads 227 ms, not 227.00000000000003 ms. */
function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e3;
}
