import { breachesStop } from "./breaches-stop";
import { meetsTarget } from "./meets-target";
import type { KpiTarget, MeasurementInterval } from "./types";

export interface ConfidentJudgement {
  met: boolean;
  /** The point value meets the target, but the interval does not prove it. */
  notSignificant: boolean;
  stopBreached: boolean;
}

/**
 * A KPI value judged against its target and stop condition. Without a required confidence the
 * point value decides. With one ("20% faster with 95% confidence"), the measurement's interval at
 * that confidence or higher decides: met when its worst end meets the target, breached when its
 * best end is past the stop threshold. A value without such an interval cannot meet the target,
 * and cannot breach the stop condition either: noise must not halt a release.
 */
export function judgeWithConfidence({
  target,
  value,
  interval,
}: {
  target: Pick<KpiTarget, "direction" | "baseline" | "targetKind" | "targetValue" | "stop" | "requiredConfidence">;
  value: number;
  interval: MeasurementInterval | null;
}): ConfidentJudgement {
  const pointMet = meetsTarget({ target, value });
  const required = target.requiredConfidence ?? null;
  if (required === null) return { met: pointMet, notSignificant: false, stopBreached: breachesStop({ target, value }) };
  const usable = interval !== null && interval.confidence >= required && interval.low <= interval.high;
  if (!usable) return { met: false, notSignificant: pointMet, stopBreached: false };
  const lowerIsBetter = target.direction === "LOWER_IS_BETTER";
  const worst = lowerIsBetter ? interval.high : interval.low;
  const best = lowerIsBetter ? interval.low : interval.high;
  const met = meetsTarget({ target, value: worst });
  return { met, notSignificant: pointMet && !met, stopBreached: breachesStop({ target, value: best }) };
}
