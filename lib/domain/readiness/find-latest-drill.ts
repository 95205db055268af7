import type { RollbackDesign, RollbackDrill } from "./types";

/** The most recent rollback drill (equal performedAt: later in the array); null without one. */
export function findLatestDrill({ rollbackDesign }: { rollbackDesign: RollbackDesign | null }): RollbackDrill | null {
  let latest: RollbackDrill | null = null;
  for (const drill of rollbackDesign?.drills ?? []) {
    if (latest === null || drill.performedAt.getTime() >= latest.performedAt.getTime()) latest = drill;
  }
  return latest;
}
