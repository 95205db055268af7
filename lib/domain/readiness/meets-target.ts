import { resolveTargetThreshold, type TargetThresholdInput } from "./resolve-target-threshold";

/** A value exactly at the threshold meets the target. NaN never does. */
export function meetsTarget({ target, value }: { target: TargetThresholdInput; value: number }): boolean {
  const threshold = resolveTargetThreshold(target);
  return target.direction === "LOWER_IS_BETTER" ? value <= threshold : value >= threshold;
}
