import { describe, expect, it } from "vitest";
import {
  buildGateRuleContext,
  buildInProgressRelease,
  buildReadyLane,
  buildRelease,
  buildUnstableRelease,
  daysAgo,
} from "../../test-factories";
import type { Release } from "../../types";
import { streakTooShortRule } from "./streak-too-short-rule";

function run(releases: Release[], requiredStableReleases = 2) {
  const base = buildReadyLane();
  const lane = { ...base, releases, policy: { ...base.policy, requiredStableReleases } };
  return streakTooShortRule.evaluate(buildGateRuleContext({ lane }));
}

const stableOld = buildRelease({ versionLabel: "2026.09.1", deployedAt: daysAgo(60) });
const stableMid = buildRelease({ versionLabel: "2026.10.1", deployedAt: daysAgo(40) });
const stableNew = buildRelease({ versionLabel: "2026.11.1", deployedAt: daysAgo(20) });
const unstableMid = buildUnstableRelease({ versionLabel: "2026.10.2", deployedAt: daysAgo(30) });

describe("streakTooShortRule", () => {
  it.each<[string, Release[], number, string | null]>([
    ["two stable of two: passes", [stableMid, stableNew], 2, null],
    ["no releases", [], 2, "0/2 stable releases: no release of lane Checkout has closed its observation window yet."],
    ["one stable", [stableNew], 2, "1/2 stable releases: only 1 release has closed so far."],
    [
      "an unstable release restarts the count",
      [stableOld, stableMid, unstableMid, stableNew],
      2,
      "1/2 stable releases: release 2026.10.2 was unstable, and the streak counts only the stable releases after it.",
    ],
    [
      "only an in-progress release",
      [buildInProgressRelease()],
      2,
      "0/2 stable releases: no release of lane Checkout has closed its observation window yet.",
    ],
    ["a policy of three", [stableMid, stableNew], 3, "2/3 stable releases: only 2 releases have closed so far."],
  ])("%s", (_name, releases, required, expected) => {
    expect(run(releases, required)[0]?.message ?? null).toBe(expected);
  });

  it("says how many more stable releases are needed", () => {
    expect(run([stableNew])[0]?.fix).toMatch(/^Close 1 more stable release in a row/);
    expect(run([])[0]?.fix).toMatch(/^Close 2 more stable releases in a row/);
  });
});
