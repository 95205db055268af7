import { formatInstant } from "../../../format/format-instant";
import { findFirstDeployment } from "../../find-first-deployment";
import type { PlanSnapshotRef } from "../../types";
import type { FlagRule } from "../rule-types";

function findEarliest(snapshots: readonly PlanSnapshotRef[]): PlanSnapshotRef | null {
  let earliest: PlanSnapshotRef | null = null;
  for (const snapshot of snapshots) {
    if (earliest === null || snapshot.capturedAt.getTime() < earliest.capturedAt.getTime()) earliest = snapshot;
  }
  return earliest;
}

/** A snapshot captured at the very instant of the first deployment is in time. */
export const observabilityLateRule: FlagRule = {
  code: "OBSERVABILITY_LATE",
  evaluate: ({ lane }) => {
    const first = findFirstDeployment({ releases: lane.releases });
    if (first === null) return [];
    const deployed = `release ${first.release.versionLabel} first deployed lane ${lane.name} on ${formatInstant(first.deployedAt)}`;
    const earliest = findEarliest(lane.planSnapshots);
    if (earliest === null) {
      return [{ code: "OBSERVABILITY_LATE", message: `No plan snapshot exists, although ${deployed}.` }];
    }
    if (!(earliest.capturedAt.getTime() > first.deployedAt.getTime())) return [];
    return [
      {
        code: "OBSERVABILITY_LATE",
        message: `The first plan snapshot (query ${earliest.queryName}) was captured on ${formatInstant(earliest.capturedAt)}, after ${deployed}.`,
      },
    ];
  },
};
