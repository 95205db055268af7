import { describe, expect, it } from "vitest";
import { NOW, buildPlanSnapshot, buildReadyLane, buildRelease } from "../../test-factories";
import type { PlanSnapshotRef, Release } from "../../types";
import { observabilityLateRule } from "./observability-late-rule";

const deployedAt = new Date("2026-10-01T08:00:00Z");
const first = buildRelease({ versionLabel: "2026.10.1", deployedAt });
const later = buildRelease({ versionLabel: "2026.11.1", deployedAt: new Date("2026-11-01T08:00:00Z") });
const DEPLOYED = "release 2026.10.1 first deployed lane Checkout on 1 Oct 2026, 08:00 UTC";

function run(releases: Release[], planSnapshots: PlanSnapshotRef[]) {
  return observabilityLateRule
    .evaluate({ lane: buildReadyLane({ releases, planSnapshots }), now: NOW })
    .map((f) => f.message);
}

describe("observabilityLateRule", () => {
  it.each<[string, Release[], PlanSnapshotRef[], string[]]>([
    [
      "a snapshot before the first deployment",
      [first, later],
      [buildPlanSnapshot({ capturedAt: new Date("2026-09-01T00:00:00Z") })],
      [],
    ],
    [
      "a snapshot at the very instant of the first deployment",
      [first, later],
      [buildPlanSnapshot({ capturedAt: deployedAt })],
      [],
    ],
    ["no deployment yet", [buildRelease({ deployedAt: null })], [], []],
    ["deployed without any snapshot", [first], [], [`No plan snapshot exists, although ${DEPLOYED}.`]],
    [
      "the earliest snapshot came after the first deployment",
      [later, first],
      [
        buildPlanSnapshot({ queryName: "q07", capturedAt: new Date("2026-11-02T00:00:00Z") }),
        buildPlanSnapshot({ queryName: "q03", capturedAt: new Date("2026-10-05T10:00:00Z") }),
      ],
      [`The first plan snapshot (query q03) was captured on 5 Oct 2026, 10:00 UTC, after ${DEPLOYED}.`],
    ],
  ])("%s", (_name, releases, snapshots, expected) => {
    expect(run(releases, snapshots)).toEqual(expected);
  });
});
