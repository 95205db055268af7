import type { ReasonCode } from "./types";

/** Short titles for badges and list rows; the full sentence is Reason.message. */
export const REASON_TITLES: Record<ReasonCode, string> = {
  KPI_NOT_MET: "KPI target missed",
  KPI_MISSING: "KPI not measured",
  PRIORITY_INCIDENT: "Priority incident",
  SLOW_RECOVERY: "Slow regression recovery",
  STOP_CONDITION: "Stop condition breached",
  ROLLED_BACK: "Release rolled back",
  STREAK_TOO_SHORT: "Too few stable releases",
  PLANNER_OWNER_MISSING: "No planner owner",
  EXECUTOR_OWNER_MISSING: "No executor owner",
  TARGETS_DEFINED_LATE: "Targets defined late",
  NO_ROLLBACK_DESIGN: "No rollback design",
  ROLLBACK_DRILL_MISSING: "Rollback never drilled",
  ROLLBACK_DRILL_TOO_SLOW: "Rollback drill too slow",
  NO_PLAN_SNAPSHOTS: "No plan snapshots",
  ROLLBACK_DRILL_STALE: "Rollback drill stale",
};

export function describeReasonCode(code: ReasonCode): string {
  return REASON_TITLES[code];
}
