import { describe, expect, it } from "vitest";
import { buildKpiTarget, daysAgo } from "../readiness/test-factories";
import { chooseTargetsAction, type StoredTargetVersion } from "./choose-targets-action";

const targets = [buildKpiTarget()];
const v = (version: number, status: StoredTargetVersion["status"], extra: Partial<StoredTargetVersion> = {}) => ({
  version,
  revision: 0,
  status,
  reason: null,
  frozenAt: null,
  effectiveFrom: status === "APPROVED" ? daysAgo(30) : null,
  targets,
  ...extra,
});

describe("chooseTargetsAction", () => {
  it.each<[string, StoredTargetVersion[], Date[], ReturnType<typeof chooseTargetsAction>]>([
    ["nothing defined yet", [], [], { kind: "define" }],
    ["only a rejected proposal", [v(1, "REJECTED")], [], { kind: "define" }],
    ["version 1 before any deployment", [v(1, "APPROVED")], [], { kind: "edit", revision: 0, targets }],
    [
      "version 1 with a deployment before it came into force",
      [v(1, "APPROVED")],
      [daysAgo(40)],
      { kind: "edit", revision: 0, targets },
    ],
    ["version 1 deployed against", [v(1, "APPROVED")], [daysAgo(10)], { kind: "propose", version: 2, targets }],
    [
      "version 1 marked frozen",
      [v(1, "APPROVED", { frozenAt: daysAgo(5) })],
      [],
      { kind: "propose", version: 2, targets },
    ],
    [
      "a proposal waits for review",
      [v(1, "APPROVED"), v(2, "PENDING_APPROVAL", { reason: "Warehouse got faster" })],
      [],
      { kind: "review", version: 2, revision: 0, reason: "Warehouse got faster" },
    ],
    [
      "after a rejected proposal the next one is numbered after it",
      [v(1, "APPROVED", { frozenAt: daysAgo(5) }), v(2, "REJECTED")],
      [],
      { kind: "propose", version: 3, targets },
    ],
    [
      "a later approved version is never edited in place",
      [v(1, "APPROVED", { frozenAt: daysAgo(9) }), v(2, "APPROVED", { effectiveFrom: daysAgo(2) })],
      [],
      { kind: "propose", version: 3, targets },
    ],
  ])("%s", (_name, versions, deployments, expected) => {
    expect(chooseTargetsAction({ versions, deployments })).toEqual(expected);
  });
});
