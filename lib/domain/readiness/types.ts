// Plain data the readiness gate reads. No Prisma types here: lib/server maps rows to these.
// All times are Date; all durations are seconds unless the name says otherwise.

export const STAGES = ["PROPOSED", "SHADOW", "CANARY", "PRODUCTION", "EXPANDED", "PAUSED", "RETIRED"] as const;
export type Stage = (typeof STAGES)[number];

export type Direction = "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
/** ABSOLUTE: the value itself. RELATIVE: a fraction of the baseline (0.2 = 20%). */
export type ThresholdKind = "ABSOLUTE" | "RELATIVE";
export type MeasurementSource = "PRODUCTION" | "SHADOW" | "SYNTHETIC";
export type Severity = "P1" | "P2" | "P3" | "P4";
export type OwnerRole = "PLANNER" | "EXECUTOR";

export interface Policy {
  /** Consecutive stable closed releases needed for READY (DESIGN: 2). */
  requiredStableReleases: number;
  /** A regression must be recovered within this many seconds (DESIGN: 15 minutes). */
  recoveryLimitSeconds: number;
  /** A rollback drill older than this raises ROLLBACK_DRILL_STALE (DESIGN: 90 days). */
  drillMaxAgeDays: number;
}

export interface Person {
  id: string;
  name: string;
}

export interface KpiTarget {
  kpiKey: string;
  label: string;
  unit: string;
  direction: Direction;
  baseline: number;
  /**
   * ABSOLUTE: the value must be at or better than targetValue.
   * RELATIVE: targetValue is the required improvement as a fraction of the baseline:
   * lower-is-better passes when value <= baseline * (1 - targetValue),
   * higher-is-better passes when value >= baseline * (1 + targetValue).
   */
  targetKind: ThresholdKind;
  targetValue: number;
  /**
   * Optional stop condition on the same KPI. ABSOLUTE: breached when the value is worse than
   * stopValue (lower-is-better: value > stopValue). RELATIVE: stopValue is the tolerated
   * worsening as a fraction of the baseline (lower-is-better: value > baseline * (1 + stopValue)).
   */
  stop: { kind: ThresholdKind; value: number } | null;
  /**
   * "20% faster with 95% confidence": the target and the stop condition are judged on the
   * measurement's confidence interval, not its point value (docs/latency-verdicts.md). The
   * target is met only when the whole interval is on the good side of it, and the stop condition
   * breached only when the whole interval is past it, so noise can neither pass nor halt a
   * release. Null or absent: the point value decides, as before.
   */
  requiredConfidence?: number | null;
}

/** A measurement's confidence interval, in the KPI's unit (benchmark measurements carry one). */
export interface MeasurementInterval {
  low: number;
  high: number;
  /** 0.95 for a 95% interval. */
  confidence: number;
}

export interface TargetVersion {
  version: number;
  /** When this version came into force; a release is judged by the newest version in force at its deployedAt. */
  effectiveFrom: Date;
  targets: KpiTarget[];
}

export interface Measurement {
  id: string;
  kpiKey: string;
  value: number;
  source: MeasurementSource;
  takenAt: Date;
  /** Invalidated measurements stay visible but never count. */
  invalidatedAt: Date | null;
  interval?: MeasurementInterval | null;
}

export interface Incident {
  id: string;
  ref: string;
  severity: Severity;
  title: string;
  openedAt: Date;
  resolvedAt: Date | null;
}

export interface Regression {
  id: string;
  summary: string;
  detectedAt: Date;
  recoveredAt: Date | null;
  recoveredByRollback: boolean;
  attributedTo: OwnerRole | null;
}

export interface Release {
  id: string;
  versionLabel: string;
  engineVersion: string;
  /** null while the release is only planned: it is neither judged nor counted. */
  deployedAt: Date | null;
  /** The observation window ends here; before it the release is IN_PROGRESS. */
  observationEndsAt: Date | null;
  /** A rolled-back release is closed at once and is never stable. */
  rolledBackAt: Date | null;
  measurements: Measurement[];
  incidents: Incident[];
  regressions: Regression[];
}

export interface OwnerAssignment {
  role: OwnerRole;
  person: Person;
  assignedAt: Date;
  /** null while the assignment is current. */
  endedAt: Date | null;
}

export interface RollbackDrill {
  performedAt: Date;
  recoverySeconds: number;
}

export interface RollbackDesign {
  runbookUrl: string | null;
  rollbackTarget: string | null;
  drills: RollbackDrill[];
}

export interface PlanSnapshotRef {
  queryName: string;
  capturedAt: Date;
}

export interface GateOverride {
  kind: "EXPANSION" | "ONE_LANE";
  at: Date;
  by: Person;
  reason: string;
}

export interface LaneData {
  id: string;
  slug: string;
  name: string;
  stage: Stage;
  /** When the lane first left PROPOSED; null while it never has. */
  leftProposedAt: Date | null;
  policy: Policy;
  targetVersions: TargetVersion[];
  /** Every assignment ever made, current ones have endedAt null. */
  assignments: OwnerAssignment[];
  releases: Release[];
  rollbackDesign: RollbackDesign | null;
  planSnapshots: PlanSnapshotRef[];
  overrides: GateOverride[];
}

// ---------- output ----------

export const REASON_CODES = [
  "KPI_NOT_MET",
  "KPI_MISSING",
  "PRIORITY_INCIDENT",
  "SLOW_RECOVERY",
  "STOP_CONDITION",
  "ROLLED_BACK",
  "STREAK_TOO_SHORT",
  "PLANNER_OWNER_MISSING",
  "EXECUTOR_OWNER_MISSING",
  "TARGETS_DEFINED_LATE",
  "NO_ROLLBACK_DESIGN",
  "ROLLBACK_DRILL_MISSING",
  "ROLLBACK_DRILL_TOO_SLOW",
  "NO_PLAN_SNAPSHOTS",
  "ROLLBACK_DRILL_STALE",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const FLAG_CODES = [
  "POC_DATA_ONLY",
  "NO_EXPLICIT_OWNERSHIP",
  "OBSERVABILITY_LATE",
  "EXPANSION_BEFORE_PROOF",
  "ONE_LANE_RULE_OVERRIDDEN",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type ReasonKind = "release" | "gate" | "warning";

export interface Reason {
  code: ReasonCode;
  kind: ReasonKind;
  /** A sentence naming the release, KPI, person or time involved. */
  message: string;
  /** What would fix it. */
  fix: string;
  releaseId?: string;
  kpiKey?: string;
}

export interface Flag {
  code: FlagCode;
  message: string;
}

export type ReleaseStatus = "PLANNED" | "IN_PROGRESS" | "STABLE" | "UNSTABLE";

export interface KpiResult {
  kpiKey: string;
  label: string;
  unit: string;
  direction: Direction;
  baseline: number;
  /** The value the KPI must reach (already resolved from a relative target). */
  threshold: number;
  stopThreshold: number | null;
  /** The counting measurement: latest non-synthetic, non-invalidated one; null when none. */
  measurementId: string | null;
  value: number | null;
  source: MeasurementSource | null;
  /** The counting measurement's interval, when it has one. */
  interval: MeasurementInterval | null;
  /** The confidence the target requires (see KpiTarget.requiredConfidence); null when the point value decides. */
  requiredConfidence: number | null;
  met: boolean;
  /**
   * The point value meets the target but the interval does not (or there is no interval at the
   * required confidence): the improvement is not significant. `met` is false then.
   */
  notSignificant: boolean;
  stopBreached: boolean;
}

export interface ReleaseEvaluation {
  releaseId: string;
  versionLabel: string;
  status: ReleaseStatus;
  /** Target version the release is judged against; null when none was in force at deployment. */
  targetVersion: number | null;
  kpis: KpiResult[];
  /** Failing rules; empty for STABLE, PLANNED and IN_PROGRESS. */
  reasons: Reason[];
  stopBreached: boolean;
}

export type Verdict = "READY" | "HOLD" | "STOP";

export interface LaneEvaluation {
  laneId: string;
  verdict: Verdict;
  streak: number;
  requiredStreak: number;
  /** Blocking reasons, most important first; empty iff READY. */
  reasons: Reason[];
  /** Non-blocking (ROLLBACK_DRILL_STALE). */
  warnings: Reason[];
  flags: Flag[];
  /** Newest deployment first; planned (undeployed) releases last. */
  releases: ReleaseEvaluation[];
}
