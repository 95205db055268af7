import { DEFAULT_NOISE_THRESHOLD } from "./classify-change";
import { hodgesLehmann, mannWhitneyU, minimumPValue } from "./mann-whitney";

/** The confidence every latency verdict and interval is computed at. */
export const DEFAULT_CONFIDENCE = 0.95;

export type LatencyVerdict = "faster" | "slower" | "no_significant_change" | "too_few_samples";

export interface LatencyJudgement {
  verdict: LatencyVerdict;
  /** Hodges-Lehmann estimate of candidate/baseline time (0.8 = 20% faster); null without samples on a side. */
  ratio: number | null;
  /** Confidence interval of that ratio; null when the samples cannot give one. */
  ciLow: number | null;
  ciHigh: number | null;
  confidence: number;
  /** Two-sided Mann-Whitney p-value; null when the test cannot be run. */
  pValue: number | null;
  baselineSamples: number;
  candidateSamples: number;
}

/**
 * One query's latency change with a confidence interval and a significance test. Times are
 * compared on a log scale, so the change is a ratio and a 2x slowdown weighs like a 2x speedup.
 * "faster"/"slower" need both: p < 1 - confidence, and an estimated change beyond the noise
 * threshold (5%, DataFusion's compare.py default), so a significant 1% drift stays "no
 * significant change". When the smallest p-value the sample sizes allow is not below the level
 * (3 runs against 3 runs: p >= 0.1), the answer is "too_few_samples", never a guess.
 */
export function judgeLatencyChange({
  baselineMs,
  candidateMs,
  confidence = DEFAULT_CONFIDENCE,
  noiseThreshold = DEFAULT_NOISE_THRESHOLD,
}: {
  baselineMs: readonly (number | null)[];
  candidateMs: readonly (number | null)[];
  confidence?: number;
  noiseThreshold?: number;
}): LatencyJudgement {
  const x = baselineMs.filter((v): v is number => v !== null && v > 0).map(Math.log);
  const y = candidateMs.filter((v): v is number => v !== null && v > 0).map(Math.log);
  const base = { confidence, baselineSamples: x.length, candidateSamples: y.length };
  if (x.length === 0 || y.length === 0)
    return { ...base, verdict: "too_few_samples", ratio: null, ciLow: null, ciHigh: null, pValue: null };
  const alpha = 1 - confidence;
  const interval = hodgesLehmann(x, y, confidence);
  const ratio = Math.exp(interval.shift);
  if (minimumPValue(x.length, y.length) >= alpha)
    return { ...base, verdict: "too_few_samples", ratio, ciLow: null, ciHigh: null, pValue: null };
  const { pValue } = mannWhitneyU(y, x);
  const significant = pValue < alpha;
  // exp(log(105) - log(100)) is 1.0500000000000003: the noise band's ends are inclusive, as in compare.py.
  const epsilon = 1e-9;
  const verdict: LatencyVerdict =
    significant && ratio < 1 - noiseThreshold - epsilon
      ? "faster"
      : significant && ratio > 1 + noiseThreshold + epsilon
        ? "slower"
        : "no_significant_change";
  return { ...base, verdict, ratio, ciLow: Math.exp(interval.low), ciHigh: Math.exp(interval.high), pValue };
}
