import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "../../constants";
import { buildRegression, buildRelease, buildReleaseRuleContext, daysAgo, secondsAfter } from "../../test-factories";
import type { Regression } from "../../types";
import { slowRecoveryRule } from "./slow-recovery-rule";

const detectedAt = new Date("2026-11-12T14:03:00Z");
const LIMIT = DEFAULT_POLICY.recoveryLimitSeconds;

function recoveredAfter(seconds: number): Regression {
  return buildRegression({ detectedAt, recoveredAt: secondsAfter(detectedAt, seconds) });
}

function run(regressions: Regression[]) {
  return slowRecoveryRule.evaluate(
    buildReleaseRuleContext({
      release: buildRelease({ versionLabel: "2026.11.2", deployedAt: daysAgo(20), regressions }),
    }),
  );
}

describe("slowRecoveryRule", () => {
  it.each<[string, Regression[], number]>([
    ["no regressions", [], 0],
    ["recovered in 5 minutes", [recoveredAfter(300)], 0],
    ["recovery of exactly the limit passes", [recoveredAfter(LIMIT)], 0],
    ["one second over the limit fails", [recoveredAfter(LIMIT + 1)], 1],
    ["half a second over the limit fails", [recoveredAfter(LIMIT + 0.5)], 1],
    ["an unrecovered regression fails", [buildRegression({ detectedAt, recoveredAt: null })], 1],
    [
      "one reason per slow regression",
      [recoveredAfter(LIMIT + 1), recoveredAfter(60), buildRegression({ recoveredAt: null })],
      2,
    ],
  ])("%s", (_name, regressions, expectedCount) => {
    expect(run(regressions)).toHaveLength(expectedCount);
  });

  it("honours the lane's own recovery limit", () => {
    const release = buildRelease({ regressions: [recoveredAfter(600)] });
    const policy = { ...DEFAULT_POLICY, recoveryLimitSeconds: 300 };
    expect(slowRecoveryRule.evaluate(buildReleaseRuleContext({ release, policy }))).toHaveLength(1);
  });

  it("states the recovery time against the limit and the side it is attributed to", () => {
    const [reason] = run([
      buildRegression({
        summary: "sort spill",
        detectedAt,
        recoveredAt: secondsAfter(detectedAt, LIMIT + 1),
        attributedTo: "PLANNER",
      }),
    ]);
    expect(reason?.message).toBe(
      'Release 2026.11.2: regression "sort spill" (planner side), detected on 12 Nov 2026, 14:03 UTC, took 15 min 1 s to recover, over the 15 min limit.',
    );
  });

  it("says an unrecovered regression is not recovered", () => {
    const [reason] = run([
      buildRegression({ summary: "sort spill", detectedAt, recoveredAt: null, attributedTo: null }),
    ]);
    expect(reason?.message).toBe(
      'Release 2026.11.2: regression "sort spill", detected on 12 Nov 2026, 14:03 UTC, is not recovered (limit 15 min).',
    );
  });
});
