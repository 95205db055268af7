import { describe, expect, it } from "vitest";
import { breachesStop } from "./breaches-stop";
import { DEFAULT_KPI_TARGETS, DEFAULT_POLICY } from "./constants";
import { meetsTarget } from "./meets-target";

function defaultTarget(kpiKey: string) {
  const target = DEFAULT_KPI_TARGETS.find((candidate) => candidate.kpiKey === kpiKey);
  if (target === undefined) throw new Error(`no default target ${kpiKey}`);
  return target;
}

describe("DEFAULT_POLICY", () => {
  it("asks for two stable releases, 15-minute recovery and drills within 90 days", () => {
    expect(DEFAULT_POLICY).toEqual({ requiredStableReleases: 2, recoveryLimitSeconds: 900, drillMaxAgeDays: 90 });
  });
});

describe("DEFAULT_KPI_TARGETS", () => {
  it("holds the measured KPIs of DESIGN (latency, result parity); incidents and recovery are gate rules", () => {
    const keys = DEFAULT_KPI_TARGETS.map((target) => target.kpiKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(["p95_latency_ms", "result_mismatches"]);
  });

  // With the placeholder baseline replaced by the warehouse's 1,500 ms.
  const latency = { ...defaultTarget("p95_latency_ms"), baseline: 1500 };
  it.each<[number, boolean, boolean]>([
    [1200, true, false],
    [1201, false, false],
    [1650, false, false],
    [1651, false, true],
  ])("latency of %d ms against a 1,500 ms baseline: meets %s, stops %s", (value, meets, stops) => {
    expect(meetsTarget({ target: latency, value })).toBe(meets);
    expect(breachesStop({ target: latency, value })).toBe(stops);
  });

  it("the placeholder latency baseline of 0 fails closed until it is edited", () => {
    expect(meetsTarget({ target: defaultTarget("p95_latency_ms"), value: 1 })).toBe(false);
  });

  it.each<[string, number, boolean, boolean]>([
    ["result_mismatches", 0, true, false],
    ["result_mismatches", 1, false, true],
  ])("%s = %d: meets %s, stops %s", (kpiKey, value, meets, stops) => {
    const target = defaultTarget(kpiKey);
    expect(meetsTarget({ target, value })).toBe(meets);
    expect(breachesStop({ target, value })).toBe(stops);
  });
});
