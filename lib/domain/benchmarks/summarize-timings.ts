import type { QueryStatus } from "./types";

export interface TimingSummary {
  status: QueryStatus;
  /** ms; null when no run succeeded. */
  medianMs: number | null;
  /** ms; null when no run succeeded. */
  minMs: number | null;
  /** Number of null (failed) runs. */
  failedIterations: number;
}

/**
 * Summarise one query's runs, given in ms with null for a failed run.
 *
 * The median (not the mean) is the headline number because a single outlier (a cold cache, a
 * noisy neighbour) moves it least; with an even count it is the mean of the two middle values.
 * Failed runs are never treated as fast: they are excluded from the median and counted, and a
 * query with no successful run has no median at all.
 */
export function summarizeTimings(timingsMs: readonly (number | null)[]): TimingSummary {
  const succeeded = timingsMs.filter((t): t is number => t !== null).sort((a, b) => a - b);
  const failedIterations = timingsMs.length - succeeded.length;
  const fastest = succeeded[0];
  if (fastest === undefined) {
    return { status: "failed", medianMs: null, minMs: null, failedIterations };
  }
  return {
    status: failedIterations > 0 ? "partial" : "ok",
    medianMs: medianOfSorted(succeeded),
    minMs: fastest,
    failedIterations,
  };
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? Number.NaN;
  // lower + (upper - lower) / 2 rather than (lower + upper) / 2: cannot overflow to Infinity.
  return lower + (upper - lower) / 2;
}
