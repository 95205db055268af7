import { evaluateKpis } from "./evaluate-kpis";
import type { KpiTarget, Measurement } from "./types";

/**
 * Does recording this measurement halt the rollout? A lane's STOP comes from its latest closed
 * release, and an open release neither counts nor breaks. So when the new value becomes the
 * counting measurement of a KPI and crosses its stop condition while the release's observation
 * window is still open, the window closes now: the release is judged at once (STOP_CONDITION)
 * and the lane shows STOP immediately instead of at the end of the window.
 *
 * `targets` are those of the version the release is judged by (null: none was in force);
 * `measurements` are all of the release's, the new one (`measurementId`) included.
 */
export function doesMeasurementHaltRollout({
  release,
  targets,
  measurements,
  measurementId,
  now,
}: {
  release: { observationEndsAt: Date | null; rolledBackAt: Date | null };
  targets: readonly KpiTarget[] | null;
  measurements: readonly Measurement[];
  measurementId: string;
  now: Date;
}): boolean {
  const windowOpen =
    release.rolledBackAt === null &&
    (release.observationEndsAt === null || release.observationEndsAt.getTime() > now.getTime());
  if (!windowOpen || targets === null) return false;
  return evaluateKpis({ targets, measurements }).some((k) => k.stopBreached && k.measurementId === measurementId);
}
