import type { ChangeVerdict } from "./types";

// The same rule as DataFusion's benchmarks/compare.py, so a verdict here reads like the PR
// benchmark bot's table: change = candidate / baseline, and a change within the noise threshold
// on either side (both ends inclusive) is "no change".

/** compare.py's `--noise-threshold` default: 5% either way is treated as noise. */
export const DEFAULT_NOISE_THRESHOLD = 0.05;

export interface ClassifiedChange {
  verdict: ChangeVerdict;
  /**
   * How many times faster or slower, always >= 1 when set: 1/change when faster, change when
   * slower (compare.py prints "+1.25x faster" / "1.10x slower"); null for no_change, and when the
   * candidate took 0 ms (infinitely faster has no useful number).
   */
  factor: number | null;
}

/** `change` = candidate time / baseline time (dimensionless; < 1 means the candidate is quicker). */
export function classifyChange(change: number, noiseThreshold: number = DEFAULT_NOISE_THRESHOLD): ClassifiedChange {
  if (change < 1 - noiseThreshold) return { verdict: "faster", factor: change > 0 ? 1 / change : null };
  if (change > 1 + noiseThreshold) return { verdict: "slower", factor: change };
  return { verdict: "no_change", factor: null };
}
