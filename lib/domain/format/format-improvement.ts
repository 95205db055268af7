import type { Direction } from "../readiness/types";

export interface Improvement {
  /**
   * The change against the baseline as a fraction, signed so that positive is better whatever the
   * KPI's direction: latency 1,000 → 700 ms is +0.3, throughput 100 → 80 is −0.2. Null when the
   * baseline is 0 (no percentage of nothing) or a number is missing.
   */
  fraction: number | null;
  /** "30% better", "20% worse", "no change", or "—" when there is no percentage. */
  text: string;
  tone: "better" | "worse" | "same" | "none";
}

const PERCENT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A KPI value's improvement against its baseline, as a percentage people can compare across lanes. */
export function formatImprovement({
  value,
  baseline,
  direction,
}: {
  value: number | null;
  baseline: number | null;
  direction: Direction;
}): Improvement {
  if (value === null || baseline === null || baseline === 0 || !Number.isFinite(value) || !Number.isFinite(baseline))
    return { fraction: null, text: "—", tone: "none" };
  const change = (value - baseline) / Math.abs(baseline);
  const fraction = direction === "LOWER_IS_BETTER" ? -change : change;
  const percent = PERCENT.format(Math.abs(fraction) * 100);
  if (percent === "0") return { fraction: 0, text: "no change", tone: "same" };
  return fraction > 0
    ? { fraction, text: `${percent}% better`, tone: "better" }
    : { fraction, text: `${percent}% worse`, tone: "worse" };
}
