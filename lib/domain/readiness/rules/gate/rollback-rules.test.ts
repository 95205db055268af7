import { describe, expect, it } from "vitest";
import { buildGateRuleContext, buildReadyLane, buildRollbackDesign, daysAgo } from "../../test-factories";
import type { ReasonCode, RollbackDesign } from "../../types";
import { noRollbackDesignRule } from "./no-rollback-design-rule";
import { rollbackDrillMissingRule } from "./rollback-drill-missing-rule";
import { rollbackDrillStaleRule } from "./rollback-drill-stale-rule";
import { rollbackDrillTooSlowRule } from "./rollback-drill-too-slow-rule";

const RULES = [noRollbackDesignRule, rollbackDrillMissingRule, rollbackDrillTooSlowRule, rollbackDrillStaleRule];

function codes(rollbackDesign: RollbackDesign | null): ReasonCode[] {
  const context = buildGateRuleContext({ lane: buildReadyLane({ rollbackDesign }) });
  return RULES.flatMap((rule) => rule.evaluate(context)).map((reason) => reason.code);
}

function message(rule: (typeof RULES)[number], rollbackDesign: RollbackDesign | null): string | undefined {
  return rule.evaluate(buildGateRuleContext({ lane: buildReadyLane({ rollbackDesign }) }))[0]?.message;
}

const drill = (days: number, recoverySeconds = 300) => ({ performedAt: daysAgo(days), recoverySeconds });

describe("rollback design rules (the lane's limit is 15 min, drills may be 90 days old)", () => {
  it.each<[string, RollbackDesign | null, ReasonCode[]]>([
    ["runbook, target and a fresh fast drill", buildRollbackDesign(), []],
    ["no rollback design", null, ["NO_ROLLBACK_DESIGN"]],
    ["no runbook link", buildRollbackDesign({ runbookUrl: null }), ["NO_ROLLBACK_DESIGN"]],
    ["a blank runbook link", buildRollbackDesign({ runbookUrl: "  " }), ["NO_ROLLBACK_DESIGN"]],
    ["no rollback target", buildRollbackDesign({ rollbackTarget: null }), ["NO_ROLLBACK_DESIGN"]],
    ["a design never drilled", buildRollbackDesign({ drills: [] }), ["ROLLBACK_DRILL_MISSING"]],
    ["a drill of exactly the limit", buildRollbackDesign({ drills: [drill(10, 900)] }), []],
    [
      "a drill one second over the limit",
      buildRollbackDesign({ drills: [drill(10, 901)] }),
      ["ROLLBACK_DRILL_TOO_SLOW"],
    ],
    [
      "only the latest drill is judged: slow then fast",
      buildRollbackDesign({ drills: [drill(30, 1800), drill(10, 300)] }),
      [],
    ],
    [
      "only the latest drill is judged: fast then slow",
      buildRollbackDesign({ drills: [drill(10, 1800), drill(30, 300)] }),
      ["ROLLBACK_DRILL_TOO_SLOW"],
    ],
    ["a drill exactly 90 days old is not stale", buildRollbackDesign({ drills: [drill(90)] }), []],
    ["a drill 91 days old is stale", buildRollbackDesign({ drills: [drill(91)] }), ["ROLLBACK_DRILL_STALE"]],
    [
      "a stale and slow drill raises both",
      buildRollbackDesign({ drills: [drill(120, 1200)] }),
      ["ROLLBACK_DRILL_TOO_SLOW", "ROLLBACK_DRILL_STALE"],
    ],
  ])("%s", (_name, design, expected) => {
    expect(codes(design)).toEqual(expected);
  });

  it.each<[string, RollbackDesign | null, string]>([
    ["no design", null, "Lane Checkout has no rollback design."],
    [
      "neither part",
      buildRollbackDesign({ runbookUrl: null, rollbackTarget: "" }),
      "Lane Checkout's rollback design has no runbook link and no rollback target.",
    ],
    [
      "no target",
      buildRollbackDesign({ rollbackTarget: null }),
      "Lane Checkout's rollback design has no rollback target.",
    ],
  ])("NO_ROLLBACK_DESIGN names what is missing: %s", (_name, design, expected) => {
    expect(message(noRollbackDesignRule, design)).toBe(expected);
  });

  it("ROLLBACK_DRILL_TOO_SLOW names the drill's time and recovery against the limit", () => {
    const design = buildRollbackDesign({
      drills: [{ performedAt: new Date("2026-11-12T14:03:00Z"), recoverySeconds: 1325 }],
    });
    expect(message(rollbackDrillTooSlowRule, design)).toBe(
      "Lane Checkout's last rollback drill, on 12 Nov 2026, 14:03 UTC, took 22 min 5 s to recover, over the 15 min limit.",
    );
  });

  it("ROLLBACK_DRILL_STALE is a warning naming the drill's age", () => {
    const [reason] = rollbackDrillStaleRule.evaluate(
      buildGateRuleContext({ lane: buildReadyLane({ rollbackDesign: buildRollbackDesign({ drills: [drill(120)] }) }) }),
    );
    expect(reason?.kind).toBe("warning");
    expect(reason?.message).toBe(
      "Lane Checkout's last rollback drill, on 23 Jul 2026, 12:00 UTC, is 120 days old; the policy asks for one within 90 days.",
    );
  });
});
