import type { KpiTarget, Policy, ReasonCode, ReasonKind, Severity, Stage } from "./types";

// One source of truth for the gate's thresholds: the API, badges and charts import these
// instead of repeating the numbers.

export const SECONDS_PER_DAY = 86_400;

/** DESIGN: two stable releases, recovery within 15 minutes, drills at most 90 days old. */
export const DEFAULT_POLICY: Policy = {
  requiredStableReleases: 2,
  recoveryLimitSeconds: 15 * 60,
  drillMaxAgeDays: 90,
};

/** Every incident severity, most severe first. */
export const SEVERITIES = ["P1", "P2", "P3", "P4"] as const satisfies readonly Severity[];

/** Incidents of these severities make a release unstable. */
export const PRIORITY_SEVERITIES: readonly Severity[] = ["P1", "P2"];

/** Stages the one-lane rule limits while no lane is READY. */
export const CANARY_OR_BEYOND: readonly Stage[] = ["CANARY", "PRODUCTION", "EXPANDED"];

/**
 * DESIGN's default KPI policy for a new lane. The 15-minute recovery limit is not here: it is
 * DEFAULT_POLICY.recoveryLimitSeconds, and "zero P1/P2 incidents" is the PRIORITY_INCIDENT release
 * rule over recorded incidents rather than a KPI that would need its own measurement. The latency baseline is a placeholder the lane owner
 * replaces with the warehouse's number before the first deployment; left at 0 it fails closed
 * (no latency can be 20% below zero).
 */
export const DEFAULT_KPI_TARGETS: KpiTarget[] = [
  {
    kpiKey: "p95_latency_ms",
    label: "p95 latency",
    unit: "ms",
    direction: "LOWER_IS_BETTER",
    baseline: 0,
    targetKind: "RELATIVE",
    targetValue: 0.2,
    stop: { kind: "RELATIVE", value: 0.1 },
  },
  {
    kpiKey: "result_mismatches",
    label: "Mismatching queries",
    unit: "queries",
    direction: "LOWER_IS_BETTER",
    baseline: 0,
    targetKind: "ABSOLUTE",
    targetValue: 0,
    // Any mismatch is a correctness bug: it halts the rollout rather than merely failing the KPI.
    stop: { kind: "ABSOLUTE", value: 0 },
  },
];

/** The kind of each code, as in DESIGN's code table. */
export const REASON_KINDS: Record<ReasonCode, ReasonKind> = {
  KPI_NOT_MET: "release",
  KPI_MISSING: "release",
  PRIORITY_INCIDENT: "release",
  SLOW_RECOVERY: "release",
  STOP_CONDITION: "release",
  ROLLED_BACK: "release",
  STREAK_TOO_SHORT: "gate",
  PLANNER_OWNER_MISSING: "gate",
  EXECUTOR_OWNER_MISSING: "gate",
  TARGETS_DEFINED_LATE: "gate",
  NO_ROLLBACK_DESIGN: "gate",
  ROLLBACK_DRILL_MISSING: "gate",
  ROLLBACK_DRILL_TOO_SLOW: "gate",
  NO_PLAN_SNAPSHOTS: "gate",
  ROLLBACK_DRILL_STALE: "warning",
};
