import type { LatencyMeasurement } from "./build-latency-measurement";

export type LatencyKpiOutcome =
  | {
      recorded: true;
      value: number;
      ratio: number;
      /** The value's confidence interval in the KPI's unit: KPI baseline × the ratio's bootstrap interval. */
      interval: { low: number; high: number; confidence: number } | null;
      note: string;
    }
  | { recorded: false; reason: string };

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * The latency KPI value a candidate benchmark run records for its release.
 *
 * The KPI target is judged against the KPI's own baseline (e.g. the warehouse's p95 of 4,200 ms),
 * not against a benchmark total, and a benchmark workload is a proxy for the production query mix.
 * So the honest transfer is the measured RATIO: value = kpiBaseline × candidateTotal / baselineTotal
 * over the queries both runs completed. A relative target ("20% lower") then passes exactly when
 * the workload got 20% faster, whatever the KPI's unit scale.
 *
 * Incomplete comparisons record nothing: leaving out a query the candidate failed can only make
 * the candidate look faster, and a placeholder KPI baseline of 0 cannot be scaled.
 */
export function deriveLatencyKpi({
  measurement,
  kpiBaseline,
}: {
  measurement: LatencyMeasurement | null;
  kpiBaseline: number;
}): LatencyKpiOutcome {
  if (measurement === null)
    return { recorded: false, reason: "no query completed in both runs, so there is nothing to compare" };
  if (!measurement.complete) {
    return {
      recorded: false,
      reason: `${measurement.excludedQueries} ${measurement.excludedQueries === 1 ? "query was" : "queries were"} not comparable (failed or missing on one side); an incomplete workload could make the release look faster than it is`,
    };
  }
  if (!(kpiBaseline > 0))
    return {
      recorded: false,
      reason: "the latency KPI has no baseline value yet (0), so the workload ratio cannot be applied to it",
    };
  const ratio = measurement.value / measurement.baseline;
  const value = round(kpiBaseline * ratio, 3);
  const ci = measurement.ratioInterval;
  const interval = ci
    ? { low: round(kpiBaseline * ci.low, 3), high: round(kpiBaseline * ci.high, 3), confidence: ci.confidence }
    : null;
  const note =
    `From benchmark: workload ${round(measurement.value, 1)} ms vs baseline ${round(measurement.baseline, 1)} ms over ` +
    `${measurement.comparableQueries} queries (×${round(ratio, 4)}` +
    (ci
      ? `, ${Math.round(ci.confidence * 100)}% interval ×${round(ci.low, 4)}–×${round(ci.high, 4)}`
      : ", no interval: too few samples") +
    `) applied to the KPI baseline ${kpiBaseline}.`;
  return { recorded: true, value, ratio, interval, note };
}
