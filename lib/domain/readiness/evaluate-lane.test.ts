import { describe, expect, it } from "vitest";
import { evaluateLane } from "./evaluate-lane";
import {
  NOW,
  buildAssignment,
  buildIncident,
  buildInProgressRelease,
  buildKpiTarget,
  buildMeasurement,
  buildOverride,
  buildPlanSnapshot,
  buildReadyLane,
  buildRelease,
  buildRollbackDesign,
  buildTargetVersion,
  buildUnstableRelease,
  daysAfter,
  daysAgo,
} from "./test-factories";
import type { FlagCode, LaneData, ReasonCode, Verdict } from "./types";

const evaluate = (lane: LaneData, now = NOW) => evaluateLane({ lane, now });
const codes = (lane: LaneData) => evaluate(lane).reasons.map((reason) => reason.code);

const stable = (label: string, days: number) => buildRelease({ versionLabel: label, deployedAt: daysAgo(days) });
const breached = (label: string, days: number) =>
  buildRelease({
    versionLabel: label,
    deployedAt: daysAgo(days),
    measurements: [buildMeasurement({ value: 1700, takenAt: daysAgo(days - 1) })],
  });

describe("evaluateLane: the ready fixture", () => {
  it("is READY with streak 2/2, no reasons, warnings or flags", () => {
    expect(evaluate(buildReadyLane())).toMatchObject({
      laneId: "lane-checkout",
      verdict: "READY",
      streak: 2,
      requiredStreak: 2,
      reasons: [],
      warnings: [],
      flags: [],
    });
  });
});

describe("evaluateLane: streak", () => {
  it("an in-progress release neither counts nor breaks the streak", () => {
    const failingInProgress = buildInProgressRelease({ measurements: [buildMeasurement({ value: 9999 })] });
    const newest = evaluate(buildReadyLane({ releases: [stable("a", 40), stable("b", 20), failingInProgress] }));
    expect(newest).toMatchObject({ streak: 2, verdict: "READY" });

    // An overlapping window: still open although deployed before a closed release.
    const between = buildRelease({ deployedAt: daysAgo(30), observationEndsAt: daysAfter(NOW, 1), measurements: [] });
    expect(evaluate(buildReadyLane({ releases: [stable("a", 40), between, stable("b", 20)] }))).toMatchObject({
      streak: 2,
      verdict: "READY",
    });

    expect(evaluate(buildReadyLane({ releases: [stable("a", 20), buildInProgressRelease()] }))).toMatchObject({
      streak: 1,
      verdict: "HOLD",
    });
  });

  it("a planned release neither counts nor breaks the streak", () => {
    const planned = buildRelease({ deployedAt: null, measurements: [] });
    expect(evaluate(buildReadyLane({ releases: [stable("a", 40), stable("b", 20), planned] }))).toMatchObject({
      streak: 2,
      verdict: "READY",
    });
  });

  it("an unstable release resets the streak", () => {
    const lane = buildReadyLane({
      releases: [
        stable("a", 60),
        stable("b", 50),
        buildUnstableRelease({ versionLabel: "c", deployedAt: daysAgo(40) }),
        stable("d", 20),
      ],
    });
    expect(evaluate(lane)).toMatchObject({ streak: 1, verdict: "HOLD" });
    const newestUnstable = buildReadyLane({
      releases: [stable("a", 40), stable("b", 30), buildUnstableRelease({ deployedAt: daysAgo(20) })],
    });
    expect(evaluate(newestUnstable).streak).toBe(0);
  });

  it("a streak longer than required stays READY and lists no older unstable release", () => {
    const lane = buildReadyLane({
      releases: [buildUnstableRelease({ deployedAt: daysAgo(80) }), stable("a", 60), stable("b", 40), stable("c", 20)],
    });
    expect(evaluate(lane)).toMatchObject({ streak: 3, verdict: "READY", reasons: [] });
  });

  it("each release is judged against the target version in force at its deployment (two versions, two releases)", () => {
    // v1 (1,300 ms) was in force for release A; v2 (1,000 ms) took effect before release B.
    const v1 = buildTargetVersion({
      version: 1,
      effectiveFrom: daysAgo(90),
      targets: [buildKpiTarget({ targetKind: "ABSOLUTE", targetValue: 1300 })],
    });
    const v2 = buildTargetVersion({
      version: 2,
      effectiveFrom: daysAgo(30),
      targets: [buildKpiTarget({ targetKind: "ABSOLUTE", targetValue: 1000 })],
    });
    const a = buildRelease({
      versionLabel: "A",
      deployedAt: daysAgo(40),
      measurements: [buildMeasurement({ value: 1250 })],
    });
    const b = buildRelease({
      versionLabel: "B",
      deployedAt: daysAgo(20),
      measurements: [buildMeasurement({ value: 1250 })],
    });
    const evaluation = evaluate(buildReadyLane({ targetVersions: [v2, v1], releases: [a, b] }));
    expect(evaluation.releases.map((r) => [r.versionLabel, r.targetVersion, r.status])).toEqual([
      ["B", 2, "UNSTABLE"],
      ["A", 1, "STABLE"],
    ]);
    expect(evaluation.reasons[0]?.message).toBe(
      "Release B: p95 latency was 1,250 ms against a target of ≤ 1,000 ms (baseline 1,500 ms).",
    );
  });
});

describe("evaluateLane: STOP", () => {
  it("STOP when the latest closed release breached a stop condition", () => {
    const evaluation = evaluate(buildReadyLane({ releases: [stable("a", 40), breached("b", 20)] }));
    expect(evaluation.verdict).toBe("STOP");
    expect(evaluation.reasons[0]?.code).toBe("STOP_CONDITION");
  });

  it("not STOP when an older breach is followed by a stable release", () => {
    const evaluation = evaluate(buildReadyLane({ releases: [breached("a", 40), stable("b", 20)] }));
    expect(evaluation.verdict).toBe("HOLD");
    // The old breach still explains the short streak, but it no longer decides the verdict.
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["STOP_CONDITION", "KPI_NOT_MET", "STREAK_TOO_SHORT"]);
    const twoStableAfter = evaluate(
      buildReadyLane({ releases: [breached("a", 60), stable("b", 40), stable("c", 20)] }),
    );
    expect(twoStableAfter.verdict).toBe("READY");
  });

  it("an in-progress release after the breach does not lift STOP", () => {
    const evaluation = evaluate(
      buildReadyLane({ releases: [stable("a", 40), breached("b", 20), buildInProgressRelease()] }),
    );
    expect(evaluation.verdict).toBe("STOP");
  });

  it("a stop breach in a release still inside its observation window does not STOP the lane yet", () => {
    const open = buildInProgressRelease({ measurements: [buildMeasurement({ value: 1700 })] });
    const evaluation = evaluate(buildReadyLane({ releases: [stable("a", 40), stable("b", 20), open] }));
    expect(evaluation.verdict).toBe("READY");
    expect(evaluation.releases[0]?.kpis[0]?.stopBreached).toBe(true);
  });

  it("STOP lists its STOP_CONDITION even under a policy that asks for no stable release", () => {
    const base = buildReadyLane({ releases: [breached("b", 20)] });
    const evaluation = evaluate({ ...base, policy: { ...base.policy, requiredStableReleases: 0 } });
    expect(evaluation.verdict).toBe("STOP");
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["STOP_CONDITION", "KPI_NOT_MET"]);
  });

  it("STOP still lists the gate's other reasons after the release's", () => {
    const evaluation = evaluate(buildReadyLane({ releases: [breached("b", 20)], planSnapshots: [] }));
    expect(evaluation.verdict).toBe("STOP");
    expect(evaluation.reasons.map((r) => r.code)).toEqual([
      "STOP_CONDITION",
      "KPI_NOT_MET",
      "STREAK_TOO_SHORT",
      "NO_PLAN_SNAPSHOTS",
    ]);
  });
});

describe("evaluateLane: reasons", () => {
  it("the streak breaker's reasons come first, STOP_CONDITION leading, then gate reasons in code-table order", () => {
    const breaker = buildRelease({
      versionLabel: "2026.11.2",
      deployedAt: daysAgo(20),
      measurements: [buildMeasurement({ value: 1700 })],
      incidents: [buildIncident({ severity: "P1" })],
      rolledBackAt: daysAgo(19),
    });
    const lane = buildReadyLane({
      releases: [stable("a", 40), breaker],
      assignments: [],
      rollbackDesign: null,
      planSnapshots: [],
    });
    expect(codes(lane)).toEqual<ReasonCode[]>([
      "STOP_CONDITION",
      "KPI_NOT_MET",
      "PRIORITY_INCIDENT",
      "ROLLED_BACK",
      "STREAK_TOO_SHORT",
      "PLANNER_OWNER_MISSING",
      "EXECUTOR_OWNER_MISSING",
      "NO_ROLLBACK_DESIGN",
      "NO_PLAN_SNAPSHOTS",
    ]);
  });

  it("lists the breaker's reasons only, not those of older unstable releases", () => {
    const older = buildUnstableRelease({ versionLabel: "old", deployedAt: daysAgo(40) });
    const newer = buildRelease({ versionLabel: "new", deployedAt: daysAgo(20), rolledBackAt: daysAgo(19) });
    const evaluation = evaluate(buildReadyLane({ releases: [older, newer] }));
    expect(evaluation.reasons.map((r) => [r.code, r.releaseId])).toEqual([
      ["ROLLED_BACK", newer.id],
      ["STREAK_TOO_SHORT", undefined],
    ]);
  });

  it.each<[string, Partial<LaneData>, ReasonCode[]]>([
    ["STREAK_TOO_SHORT", { releases: [stable("a", 20)] }, ["STREAK_TOO_SHORT"]],
    ["PLANNER_OWNER_MISSING", { assignments: [buildAssignment("EXECUTOR")] }, ["PLANNER_OWNER_MISSING"]],
    ["EXECUTOR_OWNER_MISSING", { assignments: [buildAssignment("PLANNER")] }, ["EXECUTOR_OWNER_MISSING"]],
    [
      "TARGETS_DEFINED_LATE (no stop condition at the first deployment)",
      { targetVersions: [buildTargetVersion({ targets: [buildKpiTarget({ stop: null })] })] },
      ["TARGETS_DEFINED_LATE"],
    ],
    ["NO_ROLLBACK_DESIGN", { rollbackDesign: buildRollbackDesign({ runbookUrl: null }) }, ["NO_ROLLBACK_DESIGN"]],
    ["ROLLBACK_DRILL_MISSING", { rollbackDesign: buildRollbackDesign({ drills: [] }) }, ["ROLLBACK_DRILL_MISSING"]],
    [
      "ROLLBACK_DRILL_TOO_SLOW",
      { rollbackDesign: buildRollbackDesign({ drills: [{ performedAt: daysAgo(5), recoverySeconds: 901 }] }) },
      ["ROLLBACK_DRILL_TOO_SLOW"],
    ],
    ["NO_PLAN_SNAPSHOTS", { planSnapshots: [] }, ["NO_PLAN_SNAPSHOTS"]],
  ])("gate reason %s alone makes the lane HOLD", (_name, overrides, expected) => {
    const evaluation = evaluate(buildReadyLane(overrides));
    expect(evaluation.reasons.map((r) => r.code)).toEqual(expected);
    expect(evaluation.verdict).toBe(expected.length === 0 ? "READY" : "HOLD");
    for (const reason of evaluation.reasons) {
      expect(reason.kind).toBe("gate");
      expect(reason.fix.length).toBeGreaterThan(0);
    }
  });

  it("gate reason TARGETS_DEFINED_LATE: a version taking effect after the first deployment makes the lane HOLD", () => {
    // The first release (deployed before any target) is itself judged KPI_MISSING, so give the lane
    // two stable releases after it: only the gate reason remains.
    const lane = buildReadyLane({
      targetVersions: [buildTargetVersion({ effectiveFrom: daysAgo(50) })],
      releases: [stable("early", 60), stable("a", 40), stable("b", 20)],
    });
    const evaluation = evaluate(lane);
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["TARGETS_DEFINED_LATE"]);
    expect(evaluation.verdict).toBe("HOLD");
  });

  it("drill stale is a warning, not a blocker", () => {
    const lane = buildReadyLane({
      rollbackDesign: buildRollbackDesign({ drills: [{ performedAt: daysAgo(91), recoverySeconds: 300 }] }),
    });
    const evaluation = evaluate(lane);
    expect(evaluation.verdict).toBe("READY");
    expect(evaluation.reasons).toEqual([]);
    expect(evaluation.warnings.map((w) => [w.code, w.kind])).toEqual([["ROLLBACK_DRILL_STALE", "warning"]]);
  });

  it("a drill goes stale as time passes, with the same data", () => {
    const lane = buildReadyLane();
    expect(evaluateLane({ lane, now: NOW }).warnings).toEqual([]);
    expect(evaluateLane({ lane, now: daysAfter(NOW, 81) }).warnings.map((w) => w.code)).toEqual([
      "ROLLBACK_DRILL_STALE",
    ]);
  });
});

describe("evaluateLane: flags", () => {
  it.each<[string, Partial<LaneData>, FlagCode[], Verdict]>([
    [
      "POC_DATA_ONLY (synthetic numbers also leave every KPI unmeasured)",
      {
        releases: [
          buildRelease({ deployedAt: daysAgo(40), measurements: [buildMeasurement({ source: "SYNTHETIC" })] }),
          buildRelease({ deployedAt: daysAgo(20), measurements: [buildMeasurement({ source: "SYNTHETIC" })] }),
        ],
      },
      ["POC_DATA_ONLY"],
      "HOLD",
    ],
    [
      "NO_EXPLICIT_OWNERSHIP (planner named only after the lane left PROPOSED)",
      { assignments: [buildAssignment("PLANNER", { assignedAt: daysAgo(90) }), buildAssignment("EXECUTOR")] },
      ["NO_EXPLICIT_OWNERSHIP"],
      "READY",
    ],
    [
      "OBSERVABILITY_LATE",
      { planSnapshots: [buildPlanSnapshot({ capturedAt: daysAgo(30) })] },
      ["OBSERVABILITY_LATE"],
      "READY",
    ],
    [
      "EXPANSION_BEFORE_PROOF",
      { stage: "EXPANDED", overrides: [buildOverride({ kind: "EXPANSION" })] },
      ["EXPANSION_BEFORE_PROOF"],
      "READY",
    ],
    [
      "ONE_LANE_RULE_OVERRIDDEN",
      { overrides: [buildOverride({ kind: "ONE_LANE" })] },
      ["ONE_LANE_RULE_OVERRIDDEN"],
      "READY",
    ],
    [
      "several flags at once, in code-table order",
      {
        planSnapshots: [buildPlanSnapshot({ capturedAt: daysAgo(30) })],
        overrides: [buildOverride({ kind: "ONE_LANE" }), buildOverride({ kind: "EXPANSION" })],
      },
      ["OBSERVABILITY_LATE", "EXPANSION_BEFORE_PROOF", "ONE_LANE_RULE_OVERRIDDEN"],
      "READY",
    ],
  ])("flag %s", (_name, overrides, expectedFlags, expectedVerdict) => {
    const evaluation = evaluate(buildReadyLane(overrides));
    expect(evaluation.flags.map((f) => f.code)).toEqual(expectedFlags);
    expect(evaluation.verdict).toBe(expectedVerdict);
  });
});

describe("evaluateLane: output", () => {
  it("lists releases newest deployment first, planned last", () => {
    const releases = [
      buildRelease({ id: "planned", deployedAt: null }),
      buildRelease({ id: "old", deployedAt: daysAgo(40) }),
      buildInProgressRelease({ id: "open" }),
      buildRelease({ id: "mid", deployedAt: daysAgo(20) }),
    ];
    expect(evaluate(buildReadyLane({ releases })).releases.map((r) => [r.releaseId, r.status])).toEqual([
      ["open", "IN_PROGRESS"],
      ["mid", "STABLE"],
      ["old", "STABLE"],
      ["planned", "PLANNED"],
    ]);
  });

  it("does not read the clock: the same input and now give the same output", () => {
    const lane = buildReadyLane({ releases: [stable("a", 20), breached("b", 10)] });
    expect(evaluate(lane)).toEqual(evaluate(lane));
  });
});
