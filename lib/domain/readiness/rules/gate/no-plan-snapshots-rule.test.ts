import { describe, expect, it } from "vitest";
import { buildGateRuleContext, buildPlanSnapshot, buildReadyLane } from "../../test-factories";
import type { PlanSnapshotRef } from "../../types";
import { noPlanSnapshotsRule } from "./no-plan-snapshots-rule";

describe("noPlanSnapshotsRule", () => {
  it.each<[string, PlanSnapshotRef[], number]>([
    ["one snapshot", [buildPlanSnapshot()], 0],
    ["no snapshots", [], 1],
  ])("%s", (_name, planSnapshots, expected) => {
    expect(
      noPlanSnapshotsRule.evaluate(buildGateRuleContext({ lane: buildReadyLane({ planSnapshots }) })),
    ).toHaveLength(expected);
  });

  it("names the lane", () => {
    const [reason] = noPlanSnapshotsRule.evaluate(
      buildGateRuleContext({ lane: buildReadyLane({ planSnapshots: [] }) }),
    );
    expect(reason?.message).toBe("Lane Checkout has no captured query plan for its target workload.");
  });
});
