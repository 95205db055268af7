import type { GateRule } from "../rule-types";
import { executorOwnerMissingRule } from "./executor-owner-missing-rule";
import { noPlanSnapshotsRule } from "./no-plan-snapshots-rule";
import { noRollbackDesignRule } from "./no-rollback-design-rule";
import { plannerOwnerMissingRule } from "./planner-owner-missing-rule";
import { rollbackDrillMissingRule } from "./rollback-drill-missing-rule";
import { rollbackDrillTooSlowRule } from "./rollback-drill-too-slow-rule";
import { streakTooShortRule } from "./streak-too-short-rule";
import { targetsDefinedLateRule } from "./targets-defined-late-rule";

/** Blocking lane-level rules, in code-table order: the order their reasons are reported in. */
export const GATE_RULES: readonly GateRule[] = [
  streakTooShortRule,
  plannerOwnerMissingRule,
  executorOwnerMissingRule,
  targetsDefinedLateRule,
  noRollbackDesignRule,
  rollbackDrillMissingRule,
  rollbackDrillTooSlowRule,
  noPlanSnapshotsRule,
];
