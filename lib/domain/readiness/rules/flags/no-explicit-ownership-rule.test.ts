import { describe, expect, it } from "vitest";
import { NOW, buildAssignment, buildReadyLane, daysAgo } from "../../test-factories";
import type { OwnerAssignment, Stage } from "../../types";
import { noExplicitOwnershipRule } from "./no-explicit-ownership-rule";

const leftAt = new Date("2026-08-01T09:00:00Z");
const LEFT = "Lane Checkout left PROPOSED on 1 Aug 2026, 09:00 UTC without explicit ownership";

function run({
  stage = "CANARY",
  leftProposedAt = leftAt,
  assignments,
}: {
  stage?: Stage;
  leftProposedAt?: Date | null;
  assignments: OwnerAssignment[];
}) {
  return noExplicitOwnershipRule
    .evaluate({ lane: buildReadyLane({ stage, leftProposedAt, assignments }), now: NOW })
    .map((f) => f.message);
}

const plannerSince = (at: Date, endedAt: Date | null = null) => buildAssignment("PLANNER", { assignedAt: at, endedAt });
const executorSince = (at: Date, endedAt: Date | null = null) =>
  buildAssignment("EXECUTOR", { assignedAt: at, endedAt });
const before = new Date("2026-07-01T00:00:00Z");
const after = new Date("2026-09-01T00:00:00Z");

describe("noExplicitOwnershipRule", () => {
  it.each<[string, Parameters<typeof run>[0], string[]]>([
    ["both owned before leaving PROPOSED and now", { assignments: [plannerSince(before), executorSince(before)] }, []],
    [
      "assigned at the very instant it left PROPOSED",
      { assignments: [plannerSince(leftAt), executorSince(leftAt)] },
      [],
    ],
    ["still PROPOSED: no flag", { stage: "PROPOSED", assignments: [] }, []],
    ["never left PROPOSED: no flag", { leftProposedAt: null, assignments: [] }, []],
    ["no owners ever", { assignments: [] }, [`${LEFT}: no planner owner then or now; no executor owner then or now.`]],
    [
      "executor only assigned later",
      { assignments: [plannerSince(before), executorSince(after)] },
      [`${LEFT}: no executor owner at that time.`],
    ],
    [
      "planner's assignment ended since",
      { assignments: [plannerSince(before, daysAgo(3)), executorSince(before)] },
      [`${LEFT}: no planner owner now.`],
    ],
    [
      "an assignment ending exactly when the lane left PROPOSED does not cover it",
      { assignments: [plannerSince(before, leftAt), plannerSince(after), executorSince(before)] },
      [`${LEFT}: no planner owner at that time.`],
    ],
    [
      "a PAUSED lane is still judged",
      { stage: "PAUSED", assignments: [plannerSince(before)] },
      [`${LEFT}: no executor owner then or now.`],
    ],
  ])("%s", (_name, input, expected) => {
    expect(run(input)).toEqual(expected);
  });
});
