import { buildOverrideFlagRule } from "./build-override-flag-rule";

export const expansionBeforeProofRule = buildOverrideFlagRule({
  code: "EXPANSION_BEFORE_PROOF",
  kind: "EXPANSION",
  describe: ({ laneName, by, at }) =>
    `${by} expanded lane ${laneName}'s scope by override on ${at}, without a READY verdict`,
});
