import { buildOverrideFlagRule } from "./build-override-flag-rule";

export const oneLaneRuleOverriddenRule = buildOverrideFlagRule({
  code: "ONE_LANE_RULE_OVERRIDDEN",
  kind: "ONE_LANE",
  describe: ({ laneName, by, at }) => `${by} overrode the one-lane rule for lane ${laneName} on ${at}`,
});
