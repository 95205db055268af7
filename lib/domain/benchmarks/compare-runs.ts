import { bootstrapWorkloadRatio } from "./bootstrap-workload-ratio";
import { classifyChange, DEFAULT_NOISE_THRESHOLD } from "./classify-change";
import { DEFAULT_CONFIDENCE, judgeLatencyChange } from "./judge-latency-change";
import type {
  BenchmarkQuery,
  BenchmarkRun,
  IncomparableReason,
  QueryComparison,
  QueryVerdict,
  RunComparison,
  WorkloadComparison,
} from "./types";

/**
 * Compare a candidate run to the lane's baseline run, query by query and for the whole workload.
 * Queries pair by queryId, not by position; if an id repeats, its n-th occurrence pairs with the
 * other run's n-th occurrence. `noiseThreshold` is a fraction (0.05 = 5%).
 */
export function compareRuns({
  baseline,
  candidate,
  noiseThreshold = DEFAULT_NOISE_THRESHOLD,
}: {
  baseline: BenchmarkRun;
  candidate: BenchmarkRun;
  noiseThreshold?: number;
}): RunComparison {
  if (!(noiseThreshold >= 0 && noiseThreshold < 1)) {
    throw new RangeError(`noiseThreshold must be a fraction in [0, 1), got ${noiseThreshold}`);
  }
  const candidates = indexByOccurrence(candidate.queries);
  const queries: QueryComparison[] = [];
  const pairs: Array<[BenchmarkQuery, BenchmarkQuery]> = [];
  const baselineOnly: string[] = [];
  for (const [key, base] of indexByOccurrence(baseline.queries)) {
    const cand = candidates.get(key);
    if (cand === undefined) baselineOnly.push(base.queryId);
    else {
      queries.push(compareQuery(base, cand, noiseThreshold));
      pairs.push([base, cand]);
    }
    candidates.delete(key);
  }
  const candidateOnly = [...candidates.values()].map((query) => query.queryId);
  return {
    noiseThreshold,
    queries,
    unmatched: { baselineOnly, candidateOnly },
    workload: summarizeWorkload(queries, pairs, noiseThreshold),
  };
}

function compareQuery(base: BenchmarkQuery, cand: BenchmarkQuery, noiseThreshold: number): QueryComparison {
  const rowCountChanged = base.rowCount !== null && cand.rowCount !== null && base.rowCount !== cand.rowCount;
  const shared = {
    queryId: base.queryId,
    baselineMs: base.medianMs,
    candidateMs: cand.medianMs,
    partial: base.status === "partial" || cand.status === "partial",
    baselineRowCount: base.rowCount,
    candidateRowCount: cand.rowCount,
    rowCountChanged,
    rowCountUnstable: base.rowCountVaries || cand.rowCountVaries,
  };
  const reason = incomparableReason(base.medianMs, cand.medianMs);
  if (reason !== null || base.medianMs === null || cand.medianMs === null) {
    return {
      ...shared,
      change: null,
      verdict: "incomparable",
      factor: null,
      statistics: null,
      incomparableReason: reason,
    };
  }
  const change = cand.medianMs / base.medianMs;
  const { verdict, ...statistics } = judgeLatencyChange({
    baselineMs: base.iterationsMs,
    candidateMs: cand.iterationsMs,
    noiseThreshold,
  });
  const factor = verdict === "faster" || verdict === "slower" ? classifyChange(change, 0).factor : null;
  return {
    ...shared,
    change,
    verdict: verdict === "no_significant_change" ? "no_change" : verdict,
    factor,
    statistics,
    incomparableReason: null,
  };
}

function incomparableReason(baseMs: number | null, candMs: number | null): IncomparableReason | null {
  if (baseMs === null && candMs === null) return "both_failed";
  if (baseMs === null) return "baseline_failed";
  if (candMs === null) return "candidate_failed";
  // A 0 ms baseline has no ratio; it only happens with timings rounded to the millisecond.
  if (baseMs === 0) return "zero_baseline";
  return null;
}

/** The bootstrap needs a spread on each side: fewer than this many samples of a query is too few. */
const MIN_WORKLOAD_SAMPLES = 3;

function summarizeWorkload(
  queries: readonly QueryComparison[],
  pairs: ReadonlyArray<[BenchmarkQuery, BenchmarkQuery]>,
  noiseThreshold: number,
): WorkloadComparison {
  const comparable = queries.filter((query) => query.verdict !== "incomparable");
  const baselineTotalMs = sum(comparable.map((query) => query.baselineMs ?? 0));
  const candidateTotalMs = sum(comparable.map((query) => query.candidateMs ?? 0));
  const change = baselineTotalMs > 0 ? candidateTotalMs / baselineTotalMs : null;
  const count = (verdict: QueryVerdict) => queries.filter((query) => query.verdict === verdict).length;
  const samples = pairs
    .filter((_, i) => queries[i]?.verdict !== "incomparable")
    .map(([b, c]) => ({ baselineMs: succeeded(b.iterationsMs), candidateMs: succeeded(c.iterationsMs) }));
  const fewest = Math.min(...samples.flatMap((q) => [q.baselineMs.length, q.candidateMs.length]));
  const interval =
    change !== null && fewest >= MIN_WORKLOAD_SAMPLES ? bootstrapWorkloadRatio({ queries: samples }) : null;
  const statistics =
    change === null
      ? null
      : {
          ratio: change,
          ciLow: interval?.low ?? null,
          ciHigh: interval?.high ?? null,
          confidence: DEFAULT_CONFIDENCE,
          pValue: null,
          baselineSamples: samples.reduce((n, q) => n + q.baselineMs.length, 0),
          candidateSamples: samples.reduce((n, q) => n + q.candidateMs.length, 0),
        };
  let verdict: WorkloadComparison["verdict"] = null;
  if (change !== null) {
    const beyond = classifyChange(change, noiseThreshold).verdict;
    if (!interval) verdict = "too_few_samples";
    else if (beyond === "faster" && interval.high < 1) verdict = "faster";
    else if (beyond === "slower" && interval.low > 1) verdict = "slower";
    else verdict = "no_change";
  }
  return {
    comparableQueries: comparable.length,
    baselineTotalMs,
    candidateTotalMs,
    change,
    verdict,
    statistics,
    latencyImprovement: change === null ? null : 1 - change,
    faster: count("faster"),
    slower: count("slower"),
    noChange: count("no_change"),
    tooFewSamples: count("too_few_samples"),
    incomparable: count("incomparable"),
    rowCountChanged: queries.filter((query) => query.rowCountChanged).length,
  };
}

function indexByOccurrence(queries: readonly BenchmarkQuery[]): Map<string, BenchmarkQuery> {
  const seen = new Map<string, number>();
  const index = new Map<string, BenchmarkQuery>();
  for (const query of queries) {
    const occurrence = seen.get(query.queryId) ?? 0;
    seen.set(query.queryId, occurrence + 1);
    index.set(`${query.queryId}\u0000${occurrence}`, query);
  }
  return index;
}

function succeeded(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
