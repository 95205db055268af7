import type { Measurement } from "./types";

/**
 * The measurement that counts for one KPI of a release: the latest non-synthetic,
 * non-invalidated one (a re-measurement supersedes). Equal takenAt: the one later in the
 * array wins, since rows arrive in insertion order. null when none counts.
 */
export function selectCountingMeasurement({
  measurements,
  kpiKey,
}: {
  measurements: readonly Measurement[];
  kpiKey: string;
}): Measurement | null {
  let counting: Measurement | null = null;
  for (const measurement of measurements) {
    if (measurement.kpiKey !== kpiKey) continue;
    // Synthetic (POC) numbers are cleaner than real workloads, so they never prove stability.
    if (measurement.source === "SYNTHETIC") continue;
    if (measurement.invalidatedAt !== null) continue;
    if (counting === null || measurement.takenAt.getTime() >= counting.takenAt.getTime()) {
      counting = measurement;
    }
  }
  return counting;
}
