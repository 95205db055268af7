import { describe, expect, it } from "vitest";
import { LEAD, NOW, buildOverride, buildReadyLane } from "../../test-factories";
import type { FlagCode, GateOverride } from "../../types";
import { expansionBeforeProofRule } from "./expansion-before-proof-rule";
import { oneLaneRuleOverriddenRule } from "./one-lane-rule-overridden-rule";

function codes(overrides: GateOverride[]): FlagCode[] {
  const context = { lane: buildReadyLane({ overrides }), now: NOW };
  return [expansionBeforeProofRule, oneLaneRuleOverriddenRule]
    .flatMap((rule) => rule.evaluate(context))
    .map((f) => f.code);
}

const at = new Date("2026-11-12T14:03:00Z");

describe("expansionBeforeProofRule and oneLaneRuleOverriddenRule", () => {
  it.each<[string, GateOverride[], FlagCode[]]>([
    ["no overrides", [], []],
    ["an expansion override", [buildOverride({ kind: "EXPANSION" })], ["EXPANSION_BEFORE_PROOF"]],
    ["a one-lane override", [buildOverride({ kind: "ONE_LANE" })], ["ONE_LANE_RULE_OVERRIDDEN"]],
    [
      "both",
      [buildOverride({ kind: "ONE_LANE" }), buildOverride({ kind: "EXPANSION" })],
      ["EXPANSION_BEFORE_PROOF", "ONE_LANE_RULE_OVERRIDDEN"],
    ],
    ["two expansion overrides give one flag", [buildOverride(), buildOverride()], ["EXPANSION_BEFORE_PROOF"]],
  ])("%s", (_name, overrides, expected) => {
    expect(codes(overrides)).toEqual(expected);
  });

  it("EXPANSION_BEFORE_PROOF names who, when and why", () => {
    const [flag] = expansionBeforeProofRule.evaluate({
      lane: buildReadyLane({ overrides: [buildOverride({ at, by: LEAD, reason: "board demo" })] }),
      now: NOW,
    });
    expect(flag?.message).toBe(
      'Lena Lead expanded lane Checkout\'s scope by override on 12 Nov 2026, 14:03 UTC, without a READY verdict: "board demo".',
    );
  });

  it("ONE_LANE_RULE_OVERRIDDEN names the latest override and the count", () => {
    const overrides = [
      buildOverride({ kind: "ONE_LANE", at, reason: "latest" }),
      buildOverride({ kind: "ONE_LANE", at: new Date("2026-10-01T00:00:00Z"), reason: "older" }),
    ];
    const [flag] = oneLaneRuleOverriddenRule.evaluate({ lane: buildReadyLane({ overrides }), now: NOW });
    expect(flag?.message).toBe(
      'Lena Lead overrode the one-lane rule for lane Checkout on 12 Nov 2026, 14:03 UTC: "latest" (2 such overrides in total).',
    );
  });
});
