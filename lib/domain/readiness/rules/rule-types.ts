import type {
  Flag,
  FlagCode,
  KpiResult,
  LaneData,
  Policy,
  Reason,
  ReasonCode,
  Release,
  ReleaseEvaluation,
  TargetVersion,
} from "../types";

/** What a release rule sees: one deployed, closed release and its KPIs already judged. */
export interface ReleaseRuleContext {
  release: Release;
  deployedAt: Date;
  targetVersion: TargetVersion | null;
  kpis: readonly KpiResult[];
  policy: Policy;
}

export interface ReleaseRule {
  code: ReasonCode;
  evaluate: (context: ReleaseRuleContext) => Reason[];
}

/** What a gate or warning rule sees. `releases` is ordered newest deployment first. */
export interface GateRuleContext {
  lane: LaneData;
  now: Date;
  streak: number;
  releases: readonly ReleaseEvaluation[];
}

export interface GateRule {
  code: ReasonCode;
  evaluate: (context: GateRuleContext) => Reason[];
}

export interface FlagRuleContext {
  lane: LaneData;
  now: Date;
}

export interface FlagRule {
  code: FlagCode;
  evaluate: (context: FlagRuleContext) => Flag[];
}
