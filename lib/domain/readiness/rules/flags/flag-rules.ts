import type { FlagRule } from "../rule-types";
import { expansionBeforeProofRule } from "./expansion-before-proof-rule";
import { noExplicitOwnershipRule } from "./no-explicit-ownership-rule";
import { observabilityLateRule } from "./observability-late-rule";
import { oneLaneRuleOverriddenRule } from "./one-lane-rule-overridden-rule";
import { pocDataOnlyRule } from "./poc-data-only-rule";

/** Anti-pattern flags, in code-table order. They never change the verdict. */
export const FLAG_RULES: readonly FlagRule[] = [
  pocDataOnlyRule,
  noExplicitOwnershipRule,
  observabilityLateRule,
  expansionBeforeProofRule,
  oneLaneRuleOverriddenRule,
];
