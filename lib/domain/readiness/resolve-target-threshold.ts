import { roundThreshold } from "./round-threshold";
import type { KpiTarget } from "./types";

export type TargetThresholdInput = Pick<KpiTarget, "direction" | "baseline" | "targetKind" | "targetValue">;

/**
 * The value a KPI must reach, in the KPI's unit. A RELATIVE target is an improvement on the
 * baseline: 0.2 lower-is-better means baseline * 0.8; 0.2 higher-is-better means baseline * 1.2.
 */
export function resolveTargetThreshold(target: TargetThresholdInput): number {
  if (target.targetKind === "ABSOLUTE") return target.targetValue;
  const factor = target.direction === "LOWER_IS_BETTER" ? 1 - target.targetValue : 1 + target.targetValue;
  return roundThreshold(target.baseline * factor);
}
