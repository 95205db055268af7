import type { ReleaseRule } from "../rule-types";
import { kpiMissingRule } from "./kpi-missing-rule";
import { kpiNotMetRule } from "./kpi-not-met-rule";
import { priorityIncidentRule } from "./priority-incident-rule";
import { rolledBackRule } from "./rolled-back-rule";
import { slowRecoveryRule } from "./slow-recovery-rule";
import { stopConditionRule } from "./stop-condition-rule";

/**
 * Registry order is the order reasons are reported: a breached stop condition first (it
 * calls for a rollback before anything else), then the others in code-table order.
 */
export const RELEASE_RULES: readonly ReleaseRule[] = [
  stopConditionRule,
  kpiNotMetRule,
  kpiMissingRule,
  priorityIncidentRule,
  slowRecoveryRule,
  rolledBackRule,
];
