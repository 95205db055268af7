import type { RunComparison } from "./types";

/** Unit of the latency KPI recorded from a benchmark comparison. */
export const WORKLOAD_LATENCY_UNIT = "ms";

export interface LatencyMeasurement {
  /** Candidate workload total in ms: the sum of per-query medians over comparable queries. */
  value: number;
  /**
   * Baseline workload total in ms over the SAME queries, so value and baseline are like for like.
   * A relative target "20% lower latency" passes when value <= baseline * 0.8.
   */
  baseline: number;
  unit: typeof WORKLOAD_LATENCY_UNIT;
  /** How many queries the totals cover. */
  comparableQueries: number;
  /** Queries left out of both totals: failed on either side, or present in only one run. */
  excludedQueries: number;
  /**
   * False when anything was excluded. Excluding a query that failed in the candidate can only make
   * the candidate look better, so the caller must show, and may refuse, an incomplete measurement.
   */
  complete: boolean;
  /** Bootstrap interval of value / baseline (see compareRuns); null when the samples give none. */
  ratioInterval: { low: number; high: number; confidence: number } | null;
}

/**
 * The latency KPI value a release records from a comparison, or null when no query was comparable
 * (there is nothing to measure, and a 0 ms "measurement" would pass any target).
 */
export function buildLatencyMeasurement(comparison: RunComparison): LatencyMeasurement | null {
  const { workload, unmatched } = comparison;
  if (workload.comparableQueries === 0 || workload.baselineTotalMs <= 0) return null;
  const excludedQueries = workload.incomparable + unmatched.baselineOnly.length + unmatched.candidateOnly.length;
  return {
    value: workload.candidateTotalMs,
    baseline: workload.baselineTotalMs,
    unit: WORKLOAD_LATENCY_UNIT,
    comparableQueries: workload.comparableQueries,
    excludedQueries,
    complete: excludedQueries === 0,
    ratioInterval:
      workload.statistics?.ciLow != null && workload.statistics.ciHigh != null
        ? {
            low: workload.statistics.ciLow,
            high: workload.statistics.ciHigh,
            confidence: workload.statistics.confidence,
          }
        : null,
  };
}
