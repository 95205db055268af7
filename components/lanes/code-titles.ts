import type { FlagCode, ReasonCode } from "@/lib/domain/readiness/types";

// Short titles for badges; the full sentence comes from the readiness module.
export const FLAG_TITLES: Record<FlagCode, string> = {
  POC_DATA_ONLY: "POC data only",
  NO_EXPLICIT_OWNERSHIP: "No explicit ownership",
  OBSERVABILITY_LATE: "Observability added late",
  EXPANSION_BEFORE_PROOF: "Expansion before KPI proof",
  ONE_LANE_RULE_OVERRIDDEN: "One-lane rule overridden",
};

export const REASON_TITLES: Record<ReasonCode, string> = {
  KPI_NOT_MET: "KPI target missed",
  KPI_MISSING: "KPI not measured",
  PRIORITY_INCIDENT: "Priority incident",
  SLOW_RECOVERY: "Slow regression recovery",
  STOP_CONDITION: "Stop condition breached",
  ROLLED_BACK: "Rolled back",
  STREAK_TOO_SHORT: "Stable streak too short",
  PLANNER_OWNER_MISSING: "No planner owner",
  EXECUTOR_OWNER_MISSING: "No executor owner",
  TARGETS_DEFINED_LATE: "Targets defined late",
  NO_ROLLBACK_DESIGN: "No rollback design",
  ROLLBACK_DRILL_MISSING: "No rollback drill",
  ROLLBACK_DRILL_TOO_SLOW: "Rollback drill too slow",
  NO_PLAN_SNAPSHOTS: "No plan snapshots",
  ROLLBACK_DRILL_STALE: "Rollback drill stale",
};
