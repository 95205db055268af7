import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "./constants";
import { evaluateRelease } from "./evaluate-release";
import {
  NOW,
  buildIncident,
  buildKpiTarget,
  buildMeasurement,
  buildRegression,
  buildRelease,
  buildTargetVersion,
  daysAfter,
  daysAgo,
  secondsAfter,
} from "./test-factories";
import type { KpiTarget, Release, ReleaseStatus, TargetVersion } from "./types";

function evaluate(release: Release, targetVersions: TargetVersion[] = [buildTargetVersion()], now = NOW) {
  return evaluateRelease({ release, targetVersions, policy: DEFAULT_POLICY, now });
}

const codesOf = (release: Release, targetVersions?: TargetVersion[]) =>
  evaluate(release, targetVersions).reasons.map((r) => r.code);

describe("evaluateRelease: status", () => {
  const deployedAt = daysAgo(10);
  it.each<[string, Partial<Release>, ReleaseStatus]>([
    ["not deployed: PLANNED", { deployedAt: null, observationEndsAt: null }, "PLANNED"],
    ["observation window still open: IN_PROGRESS", { deployedAt, observationEndsAt: daysAfter(NOW, 1) }, "IN_PROGRESS"],
    ["no observation end recorded: IN_PROGRESS", { deployedAt, observationEndsAt: null }, "IN_PROGRESS"],
    ["window ending exactly now: closed", { deployedAt, observationEndsAt: NOW }, "STABLE"],
    ["window over: closed", { deployedAt, observationEndsAt: daysAgo(3) }, "STABLE"],
    [
      "rolled back inside its window: closed at once",
      { deployedAt, observationEndsAt: daysAfter(NOW, 5), rolledBackAt: daysAgo(1) },
      "UNSTABLE",
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(evaluate(buildRelease(overrides)).status).toBe(expected);
  });

  it("a planned release has no target version, KPIs or reasons even without measurements", () => {
    expect(evaluate(buildRelease({ deployedAt: null, measurements: [] }))).toMatchObject({
      status: "PLANNED",
      targetVersion: null,
      kpis: [],
      reasons: [],
      stopBreached: false,
    });
  });

  it("an in-progress release has no reasons even when its numbers fail, but shows its KPI results", () => {
    const release = buildRelease({
      deployedAt: daysAgo(1),
      observationEndsAt: daysAfter(NOW, 6),
      measurements: [buildMeasurement({ value: 5000 })],
      incidents: [buildIncident()],
    });
    const evaluation = evaluate(release);
    expect(evaluation.status).toBe("IN_PROGRESS");
    expect(evaluation.reasons).toEqual([]);
    expect(evaluation.stopBreached).toBe(false);
    expect(evaluation.kpis[0]).toMatchObject({ value: 5000, met: false, stopBreached: true });
  });
});

describe("evaluateRelease: KPI targets", () => {
  it("a KPI with no measurement fails", () => {
    const evaluation = evaluate(buildRelease({ measurements: [] }));
    expect(evaluation.status).toBe("UNSTABLE");
    expect(evaluation.reasons.map((r) => [r.code, r.kpiKey])).toEqual([["KPI_MISSING", "p95_latency"]]);
    expect(evaluation.kpis[0]).toMatchObject({ measurementId: null, value: null, met: false });
  });

  it("synthetic measurements never count", () => {
    const release = buildRelease({
      measurements: [buildMeasurement({ source: "SYNTHETIC", value: 900, takenAt: daysAgo(1) })],
    });
    const evaluation = evaluate(release);
    expect(evaluation.status).toBe("UNSTABLE");
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["KPI_MISSING"]);
  });

  it("synthetic measurements never count, even when newer than a failing real one", () => {
    const release = buildRelease({
      measurements: [
        buildMeasurement({ id: "prod", value: 1400, takenAt: daysAgo(5) }),
        buildMeasurement({ id: "syn", source: "SYNTHETIC", value: 900, takenAt: daysAgo(1) }),
      ],
    });
    const evaluation = evaluate(release);
    expect(evaluation.kpis[0]?.measurementId).toBe("prod");
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["KPI_NOT_MET"]);
  });

  it("a newer passing re-measurement supersedes an older failing one", () => {
    const release = buildRelease({
      measurements: [
        buildMeasurement({ id: "old-fail", value: 1400, takenAt: daysAgo(5) }),
        buildMeasurement({ id: "new-pass", value: 1100, takenAt: daysAgo(4) }),
      ],
    });
    const evaluation = evaluate(release);
    expect(evaluation.status).toBe("STABLE");
    expect(evaluation.kpis[0]).toMatchObject({ measurementId: "new-pass", met: true });
  });

  it("a newer failing re-measurement supersedes an older passing one", () => {
    const release = buildRelease({
      measurements: [
        buildMeasurement({ id: "new-fail", value: 1400, takenAt: daysAgo(4) }),
        buildMeasurement({ id: "old-pass", value: 1100, takenAt: daysAgo(5) }),
      ],
    });
    const evaluation = evaluate(release);
    expect(evaluation.status).toBe("UNSTABLE");
    expect(evaluation.kpis[0]).toMatchObject({ measurementId: "new-fail", met: false });
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["KPI_NOT_MET"]);
  });

  it("an invalidated measurement no longer counts", () => {
    const passing = buildMeasurement({ id: "pass", value: 1100, takenAt: daysAgo(5) });
    const invalidatedFail = buildMeasurement({
      id: "flaky",
      value: 1400,
      takenAt: daysAgo(4),
      invalidatedAt: daysAgo(3),
    });
    expect(evaluate(buildRelease({ measurements: [passing, invalidatedFail] }))).toMatchObject({
      status: "STABLE",
      kpis: [{ measurementId: "pass" }],
    });
    const onlyInvalidated = buildMeasurement({ value: 1100, invalidatedAt: daysAgo(3) });
    expect(codesOf(buildRelease({ measurements: [onlyInvalidated] }))).toEqual(["KPI_MISSING"]);
  });

  const throughput: KpiTarget = buildKpiTarget({
    kpiKey: "qps",
    label: "Throughput",
    unit: "qps",
    direction: "HIGHER_IS_BETTER",
    baseline: 100,
    targetKind: "RELATIVE",
    targetValue: 0.1,
    stop: { kind: "RELATIVE", value: 0.1 },
  });
  const cacheHit: KpiTarget = buildKpiTarget({
    kpiKey: "hit",
    label: "Cache hit rate",
    unit: "%",
    direction: "HIGHER_IS_BETTER",
    baseline: 0,
    targetKind: "ABSOLUTE",
    targetValue: 95,
    stop: null,
  });
  const mismatches: KpiTarget = buildKpiTarget({
    kpiKey: "mm",
    label: "Mismatching queries",
    unit: "queries",
    baseline: 0,
    targetKind: "ABSOLUTE",
    targetValue: 0,
    stop: { kind: "ABSOLUTE", value: 0 },
  });
  const latency = buildKpiTarget(); // relative lower: threshold 1,200 ms, stop 1,650 ms

  it.each<[string, KpiTarget, number, ReleaseStatus]>([
    ["relative, lower is better: exactly the threshold passes", latency, 1200, "STABLE"],
    ["relative, lower is better: above the threshold fails", latency, 1201, "UNSTABLE"],
    ["relative, higher is better: exactly the threshold passes", throughput, 110, "STABLE"],
    ["relative, higher is better: below the threshold fails", throughput, 109, "UNSTABLE"],
    ["absolute, higher is better: exactly the threshold passes", cacheHit, 95, "STABLE"],
    ["absolute, higher is better: below the threshold fails", cacheHit, 94.9, "UNSTABLE"],
    ["absolute, lower is better: exactly the threshold passes", mismatches, 0, "STABLE"],
    ["absolute, lower is better: above the threshold fails", mismatches, 1, "UNSTABLE"],
  ])("relative and absolute targets in both directions: %s", (_name, target, value, expected) => {
    const release = buildRelease({ measurements: [buildMeasurement({ kpiKey: target.kpiKey, value })] });
    expect(evaluate(release, [buildTargetVersion({ targets: [target] })]).status).toBe(expected);
  });
});

describe("evaluateRelease: incidents, regressions, rollback, stop conditions", () => {
  const detectedAt = daysAgo(19);

  it("a priority incident makes the release unstable; a P3 does not", () => {
    expect(codesOf(buildRelease({ incidents: [buildIncident({ severity: "P2" })] }))).toEqual(["PRIORITY_INCIDENT"]);
    expect(codesOf(buildRelease({ incidents: [buildIncident({ severity: "P3" })] }))).toEqual([]);
  });

  it("recovery of exactly the limit passes", () => {
    const regression = buildRegression({
      detectedAt,
      recoveredAt: secondsAfter(detectedAt, DEFAULT_POLICY.recoveryLimitSeconds),
    });
    expect(evaluate(buildRelease({ regressions: [regression] })).status).toBe("STABLE");
  });

  it("recovery one second over the limit fails", () => {
    const regression = buildRegression({
      detectedAt,
      recoveredAt: secondsAfter(detectedAt, DEFAULT_POLICY.recoveryLimitSeconds + 1),
    });
    expect(codesOf(buildRelease({ regressions: [regression] }))).toEqual(["SLOW_RECOVERY"]);
  });

  it("an unrecovered regression fails", () => {
    expect(codesOf(buildRelease({ regressions: [buildRegression({ recoveredAt: null })] }))).toEqual(["SLOW_RECOVERY"]);
  });

  it("a rollback makes the release unstable even when every KPI passes", () => {
    const evaluation = evaluate(buildRelease({ rolledBackAt: daysAgo(18) }));
    expect(evaluation.kpis.every((kpi) => kpi.met)).toBe(true);
    expect(evaluation.status).toBe("UNSTABLE");
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["ROLLED_BACK"]);
  });

  it("a stop-condition breach makes the release unstable, STOP_CONDITION first", () => {
    const release = buildRelease({
      measurements: [buildMeasurement({ value: 1700 })],
      incidents: [buildIncident({ severity: "P1" })],
      rolledBackAt: daysAgo(18),
    });
    const evaluation = evaluate(release);
    expect(evaluation.stopBreached).toBe(true);
    expect(evaluation.reasons.map((r) => r.code)).toEqual([
      "STOP_CONDITION",
      "KPI_NOT_MET",
      "PRIORITY_INCIDENT",
      "ROLLED_BACK",
    ]);
  });

  it("a KPI worse than its target but inside its stop condition is not a stop", () => {
    const evaluation = evaluate(buildRelease({ measurements: [buildMeasurement({ value: 1650 })] }));
    expect(evaluation.stopBreached).toBe(false);
    expect(evaluation.reasons.map((r) => r.code)).toEqual(["KPI_NOT_MET"]);
  });

  it("every reason names its release and has a fix", () => {
    const release = buildRelease({
      measurements: [buildMeasurement({ value: 1700 })],
      incidents: [buildIncident()],
      regressions: [buildRegression({ recoveredAt: null })],
      rolledBackAt: daysAgo(18),
    });
    for (const reason of evaluate(release).reasons) {
      expect(reason.releaseId).toBe(release.id);
      expect(reason.message).toContain(release.versionLabel);
      expect(reason.fix.length).toBeGreaterThan(0);
      expect(reason.kind).toBe("release");
    }
  });
});

describe("evaluateRelease: target versions", () => {
  it("judges the release by the version in force at its deployment, not the newest", () => {
    const v1 = buildTargetVersion({
      version: 1,
      effectiveFrom: daysAgo(90),
      targets: [buildKpiTarget({ targetKind: "ABSOLUTE", targetValue: 1300 })],
    });
    const v2 = buildTargetVersion({
      version: 2,
      effectiveFrom: daysAgo(5),
      targets: [buildKpiTarget({ targetKind: "ABSOLUTE", targetValue: 1000 })],
    });
    const evaluation = evaluate(
      buildRelease({ deployedAt: daysAgo(20), measurements: [buildMeasurement({ value: 1250 })] }),
      [v1, v2],
    );
    expect(evaluation).toMatchObject({ status: "STABLE", targetVersion: 1, kpis: [{ threshold: 1300 }] });
  });

  it("no version in force at deployment fails with KPI_MISSING", () => {
    const evaluation = evaluate(buildRelease({ deployedAt: daysAgo(20) }), [
      buildTargetVersion({ effectiveFrom: daysAgo(10) }),
    ]);
    expect(evaluation.targetVersion).toBeNull();
    expect(evaluation.reasons.map((r) => [r.code, r.kpiKey])).toEqual([["KPI_MISSING", undefined]]);
  });
});
