import { describe, expect, it } from "vitest";
import {
  buildPlanSnapshot,
  buildRelease,
  buildReadyLane,
  buildTargetVersion,
  daysAgo,
  NOW,
} from "../readiness/test-factories";
import type { LaneData } from "../readiness/types";
import { foreseeDeploy } from "./foresee-deploy";

const planned = buildRelease({ id: "r-next", versionLabel: "2026.12.1", deployedAt: null, observationEndsAt: null });

/** A new lane: targets and owners in place, nothing deployed yet. */
const fresh = (overrides: Partial<LaneData> = {}) =>
  buildReadyLane({ stage: "SHADOW", releases: [planned], ...overrides });

describe("foreseeDeploy", () => {
  it.each<[string, LaneData, { flags: string[]; reasons: string[]; freezes: boolean; confirm: boolean }]>([
    [
      "first deploy with plans and targets in place: freezes targets, raises nothing",
      fresh(),
      { flags: [], reasons: [], freezes: true, confirm: false },
    ],
    [
      "first deploy before any plan snapshot raises OBSERVABILITY_LATE",
      fresh({ planSnapshots: [] }),
      { flags: ["OBSERVABILITY_LATE"], reasons: [], freezes: true, confirm: true },
    ],
    [
      "first deploy without targets raises TARGETS_DEFINED_LATE for good",
      fresh({ targetVersions: [] }),
      { flags: [], reasons: ["TARGETS_DEFINED_LATE"], freezes: true, confirm: true },
    ],
    [
      "from PROPOSED: allowed, but confirmed",
      fresh({ stage: "PROPOSED", leftProposedAt: null }),
      { flags: [], reasons: [], freezes: true, confirm: true },
    ],
    [
      "a later deploy freezes nothing and raises nothing already raised",
      buildReadyLane({
        planSnapshots: [],
        releases: [buildRelease({ deployedAt: daysAgo(10) }), planned],
      }),
      { flags: [], reasons: [], freezes: false, confirm: false },
    ],
    [
      "snapshot captured after the first deploy was planned but before it happens is in time",
      fresh({ planSnapshots: [buildPlanSnapshot({ capturedAt: daysAgo(1) })] }),
      { flags: [], reasons: [], freezes: true, confirm: false },
    ],
  ])("%s", (_name, lane, expected) => {
    const foresight = foreseeDeploy({ lane, releaseId: "r-next", deployedAt: NOW });
    expect(foresight).not.toBeNull();
    expect(foresight?.newFlags.map((f) => f.code)).toEqual(expected.flags);
    expect(foresight?.newReasons.map((r) => r.code)).toEqual(expected.reasons);
    expect(foresight?.freezesTargets).toBe(expected.freezes);
    expect(foresight?.needsConfirmation).toBe(expected.confirm);
  });

  it("names the target version the release will be judged against", () => {
    const v2 = buildTargetVersion({ version: 2, effectiveFrom: daysAgo(5) });
    const lane = fresh({ targetVersions: [buildTargetVersion(), v2] });
    expect(foreseeDeploy({ lane, releaseId: "r-next", deployedAt: NOW })?.judgedAgainst?.version).toBe(2);
  });

  it("answers null for a release that is already deployed or unknown", () => {
    const lane = buildReadyLane();
    expect(foreseeDeploy({ lane, releaseId: lane.releases[0]!.id, deployedAt: NOW })).toBeNull();
    expect(foreseeDeploy({ lane, releaseId: "nope", deployedAt: NOW })).toBeNull();
  });
});
