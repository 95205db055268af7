import { roundThreshold } from "./round-threshold";
import type { KpiTarget } from "./types";

export type StopThresholdInput = Pick<KpiTarget, "direction" | "baseline" | "stop">;

/**
 * The value past which the stop condition is breached, in the KPI's unit; null without a stop
 * condition. A RELATIVE stop is a tolerated worsening: 0.1 lower-is-better means
 * baseline * 1.1; 0.1 higher-is-better means baseline * 0.9.
 */
export function resolveStopThreshold(target: StopThresholdInput): number | null {
  if (target.stop === null) return null;
  if (target.stop.kind === "ABSOLUTE") return target.stop.value;
  const factor = target.direction === "LOWER_IS_BETTER" ? 1 + target.stop.value : 1 - target.stop.value;
  return roundThreshold(target.baseline * factor);
}
