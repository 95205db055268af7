import { resolveStopThreshold, type StopThresholdInput } from "./resolve-stop-threshold";

/**
 * Only a value strictly past the stop threshold breaches it: an absolute stop of 0 mismatches
 * reads "any mismatch halts", so 0 itself is fine. Without a stop condition nothing breaches.
 */
export function breachesStop({ target, value }: { target: StopThresholdInput; value: number }): boolean {
  const threshold = resolveStopThreshold(target);
  if (threshold === null) return false;
  return target.direction === "LOWER_IS_BETTER" ? value > threshold : value < threshold;
}
