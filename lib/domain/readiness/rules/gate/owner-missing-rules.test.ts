import { describe, expect, it } from "vitest";
import { buildAssignment, buildGateRuleContext, buildReadyLane, daysAgo } from "../../test-factories";
import type { OwnerAssignment } from "../../types";
import { executorOwnerMissingRule } from "./executor-owner-missing-rule";
import { plannerOwnerMissingRule } from "./planner-owner-missing-rule";

function run(assignments: OwnerAssignment[]) {
  const context = buildGateRuleContext({ lane: buildReadyLane({ assignments }) });
  return {
    planner: plannerOwnerMissingRule.evaluate(context).map((reason) => reason.message),
    executor: executorOwnerMissingRule.evaluate(context).map((reason) => reason.message),
  };
}

const planner = buildAssignment("PLANNER");
const executor = buildAssignment("EXECUTOR");
const plannerEnded = buildAssignment("PLANNER", { endedAt: new Date("2026-11-12T14:03:00Z") });

describe("plannerOwnerMissingRule and executorOwnerMissingRule", () => {
  it.each<[string, OwnerAssignment[], string[], string[]]>([
    ["both owners assigned", [planner, executor], [], []],
    [
      "no assignments at all",
      [],
      ["Lane Checkout has never had an accountable planner owner."],
      ["Lane Checkout has never had an accountable executor owner."],
    ],
    ["only a planner", [planner], [], ["Lane Checkout has never had an accountable executor owner."]],
    [
      "the planner's assignment ended",
      [plannerEnded, executor],
      ["Lane Checkout has no accountable planner owner: Alice Planner's assignment ended on 12 Nov 2026, 14:03 UTC."],
      [],
    ],
    [
      "an ended assignment followed by a current one",
      [plannerEnded, buildAssignment("PLANNER", { assignedAt: daysAgo(5) }), executor],
      [],
      [],
    ],
  ])("%s", (_name, assignments, plannerMessages, executorMessages) => {
    expect(run(assignments)).toEqual({ planner: plannerMessages, executor: executorMessages });
  });

  it("the fix names the role's duties", () => {
    const context = buildGateRuleContext({ lane: buildReadyLane({ assignments: [] }) });
    expect(plannerOwnerMissingRule.evaluate(context)[0]?.fix).toContain("optimizer rules");
    expect(executorOwnerMissingRule.evaluate(context)[0]?.fix).toContain("operators, memory and runtime behaviour");
  });
});
