import { describe, expect, it } from "vitest";
import {
  buildGateRuleContext,
  buildInProgressRelease,
  buildKpiTarget,
  buildReadyLane,
  buildRelease,
  buildTargetVersion,
  daysAgo,
} from "../../test-factories";
import type { Release, TargetVersion } from "../../types";
import { targetsDefinedLateRule } from "./targets-defined-late-rule";

const first = buildRelease({ versionLabel: "2026.10.1", deployedAt: new Date("2026-10-01T08:00:00Z") });
const second = buildRelease({ versionLabel: "2026.11.1", deployedAt: daysAgo(20) });
const when = "when release 2026.10.1 first deployed lane Checkout on 1 Oct 2026, 08:00 UTC";

function run(targetVersions: TargetVersion[], releases: Release[] = [first, second]) {
  return targetsDefinedLateRule
    .evaluate(buildGateRuleContext({ lane: buildReadyLane({ targetVersions, releases }) }))
    .map((r) => r.message);
}

describe("targetsDefinedLateRule", () => {
  it.each<[string, TargetVersion[], Release[], string[]]>([
    [
      "targets with a stop condition before the first deployment",
      [buildTargetVersion({ effectiveFrom: daysAgo(90) })],
      [first, second],
      [],
    ],
    [
      "targets taking effect at the very instant of the first deployment",
      [buildTargetVersion({ effectiveFrom: first.deployedAt ?? undefined })],
      [first, second],
      [],
    ],
    ["no deployment yet: nothing is late", [], [buildRelease({ deployedAt: null })], []],
    ["no versions at all", [], [first, second], [`No KPI targets were in force ${when}.`]],
    [
      "the first version came after the first deployment",
      [buildTargetVersion({ effectiveFrom: daysAgo(30) })],
      [first, second],
      [`No KPI targets were in force ${when}.`],
    ],
    [
      "the version in force had no targets",
      [buildTargetVersion({ version: 1, targets: [] })],
      [first, second],
      [`Target version 1, in force ${when}, defined no KPI targets.`],
    ],
    [
      "the version in force had no stop condition",
      [buildTargetVersion({ version: 1, targets: [buildKpiTarget({ stop: null })] })],
      [first, second],
      [`None of the KPI targets in force ${when} (version 1) had a stop condition.`],
    ],
    [
      "a stop condition added in a later version is still late",
      [
        buildTargetVersion({ version: 1, effectiveFrom: daysAgo(90), targets: [buildKpiTarget({ stop: null })] }),
        buildTargetVersion({ version: 2, effectiveFrom: daysAgo(25) }),
      ],
      [first, second],
      [`None of the KPI targets in force ${when} (version 1) had a stop condition.`],
    ],
    [
      "one target with a stop condition is enough",
      [buildTargetVersion({ targets: [buildKpiTarget({ kpiKey: "a", stop: null }), buildKpiTarget({ kpiKey: "b" })] })],
      [first, second],
      [],
    ],
  ])("%s", (_name, targetVersions, releases, expected) => {
    expect(run(targetVersions, releases)).toEqual(expected);
  });

  it("an in-progress first deployment already fixes when targets had to exist", () => {
    const early = buildInProgressRelease({ versionLabel: "2026.11.9", deployedAt: daysAgo(100) });
    const targetVersions = [buildTargetVersion({ effectiveFrom: daysAgo(90) })];
    expect(run(targetVersions, [early, second])).toHaveLength(1);
  });
});
