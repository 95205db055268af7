// Plain data for benchmark runs. Every duration in this module is in MILLISECONDS, whatever the
// source file used (dfbench writes ms, ClickBench seconds, criterion nanoseconds; converted on parse).

export const BENCHMARK_FORMATS = ["dfbench", "clickbench", "criterion"] as const;
export type BenchmarkFormat = (typeof BENCHMARK_FORMATS)[number];

/**
 * ok: every recorded iteration succeeded.
 * partial: some runs failed (ClickBench `null`); timings come from the successful ones only.
 * failed: nothing usable (no iterations, all runs null, or dfbench `success: false`).
 */
export type QueryStatus = "ok" | "failed" | "partial";

export interface BenchmarkQuery {
  /** dfbench: the case id as written ("Query 1"; legacy integer ids become "Query N"). ClickBench: "Q0".."Q42". */
  queryId: string;
  /** 0-based order in the source file (ClickBench rows are positional, so this is the query number). */
  position: number;
  status: QueryStatus;
  /** Every recorded iteration in file order, ms; null = that run failed. Kept even when the query failed. */
  iterationsMs: (number | null)[];
  /** Median of the successful iterations, ms (even count: mean of the two middle). Null when failed. */
  medianMs: number | null;
  /** Fastest successful iteration, ms (what DataFusion's compare.py compares by default). Null when failed. */
  minMs: number | null;
  /** Rows returned by the last iteration (dfbench only; ClickBench files carry no row counts). */
  rowCount: number | null;
  /** True when iterations of the same query returned different row counts: a sign of a nondeterministic result. */
  rowCountVaries: boolean;
  /** Runs known to have failed: ClickBench null runs; 1 for a failed dfbench case (it stops at the first error). */
  failedIterations: number;
}

export interface BenchmarkRun {
  format: BenchmarkFormat;
  /** dfbench `context.datafusion_version`; null for ClickBench, whose `comment` is not a reliable version. */
  engineVersion: string | null;
  /** dfbench `context.start_time` (Unix seconds); ClickBench `date` at 00:00 UTC. */
  startedAt: Date | null;
  /** ClickBench `machine` (instance type); dfbench does not record one. */
  machine: string | null;
  /** ClickBench `system` (includes the variant, e.g. "DataFusion (Parquet, partitioned)"). */
  system: string | null;
  /** dfbench subcommand (`context.arguments[0]`, e.g. "tpch"); "clickbench" for ClickBench files. */
  benchmark: string | null;
  queries: BenchmarkQuery[];
}

/** One thing wrong with an input: an RFC 6901 JSON pointer into it ("" = the whole input) and a sentence. */
export interface BenchmarkProblem {
  pointer: string;
  message: string;
}

export type ParseBenchmarkRunResult = { ok: true; run: BenchmarkRun } | { ok: false; problems: BenchmarkProblem[] };

// ---- Comparing two runs (compareRuns) ----

/**
 * "no_change" reads "no significant change": the samples do not show a change beyond noise at the
 * confidence level (docs/latency-verdicts.md). "too_few_samples": they cannot show one at all.
 */
export type ChangeVerdict = "faster" | "slower" | "no_change" | "too_few_samples";
export type QueryVerdict = ChangeVerdict | "incomparable";

/** The statistics behind a verdict: a ratio candidate/baseline, its interval and the test's p-value. */
export interface ChangeStatistics {
  /** Hodges-Lehmann estimate of candidate/baseline time (per query) or the workload ratio. */
  ratio: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** 0.95: the level of the interval and of the test. */
  confidence: number;
  /** Two-sided Mann-Whitney p-value (per query); null for the workload (bootstrap) and when not computable. */
  pValue: number | null;
  baselineSamples: number;
  candidateSamples: number;
}
export type IncomparableReason = "baseline_failed" | "candidate_failed" | "both_failed" | "zero_baseline";

export interface QueryComparison {
  queryId: string;
  /** Median times in ms (see BenchmarkQuery.medianMs); null for a failed side. */
  baselineMs: number | null;
  candidateMs: number | null;
  /** candidateMs / baselineMs, dimensionless; null when incomparable. */
  change: number | null;
  verdict: QueryVerdict;
  /** >= 1: how many times faster or slower (see classifyChange); null otherwise. */
  factor: number | null;
  /** Mann-Whitney U and Hodges-Lehmann over every sample of both sides; null when incomparable. */
  statistics: ChangeStatistics | null;
  incomparableReason: IncomparableReason | null;
  /** Either side lost some runs, so its median rests on fewer runs than planned. */
  partial: boolean;
  baselineRowCount: number | null;
  candidateRowCount: number | null;
  /** Both sides have row counts and they differ: a possible result mismatch (parity), not a speed matter. */
  rowCountChanged: boolean;
  /** Either side returned different row counts across its own iterations (nondeterministic result). */
  rowCountUnstable: boolean;
}

export interface WorkloadComparison {
  /** Totals add the median ms of comparable queries only (failed ones on either side are left out). */
  comparableQueries: number;
  baselineTotalMs: number;
  candidateTotalMs: number;
  /** candidateTotalMs / baselineTotalMs; null when nothing was comparable. */
  change: number | null;
  /** Faster/slower only when the bootstrap interval of the ratio excludes 1 and the change is beyond noise. */
  verdict: ChangeVerdict | null;
  /** Percentile-bootstrap interval of `change` (null when some query has fewer than 3 samples a side). */
  statistics: ChangeStatistics | null;
  /** 1 - change, a fraction: 0.2 = 20% lower latency, negative = slower. Null when nothing was comparable. */
  latencyImprovement: number | null;
  faster: number;
  slower: number;
  noChange: number;
  tooFewSamples: number;
  incomparable: number;
  rowCountChanged: number;
}

export interface RunComparison {
  noiseThreshold: number;
  /** Matched queries, in baseline order. */
  queries: QueryComparison[];
  /** compare.py pairs by position and silently drops extras; here every unpaired query is listed. */
  unmatched: { baselineOnly: string[]; candidateOnly: string[] };
  workload: WorkloadComparison;
}
