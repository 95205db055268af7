import { describe, expect, it } from "vitest";
import { deriveLatencyKpi } from "./derive-latency-kpi";

const measurement = (value: number, baseline: number, excludedQueries = 0) => ({
  value,
  baseline,
  unit: "ms" as const,
  comparableQueries: 3,
  excludedQueries,
  complete: excludedQueries === 0,
});

describe("deriveLatencyKpi", () => {
  it("applies the workload ratio to the KPI baseline", () => {
    const out = deriveLatencyKpi({ measurement: measurement(800, 1000), kpiBaseline: 4200 });
    expect(out).toMatchObject({ recorded: true, value: 3360, ratio: 0.8 });
  });

  it("a slower workload records a higher value", () => {
    const out = deriveLatencyKpi({ measurement: measurement(1100, 1000), kpiBaseline: 4200 });
    expect(out).toMatchObject({ recorded: true, value: 4620 });
  });

  it("records nothing when a query was left out (a failed candidate query must not look fast)", () => {
    const out = deriveLatencyKpi({ measurement: measurement(500, 1000, 1), kpiBaseline: 4200 });
    expect(out.recorded).toBe(false);
    if (!out.recorded) expect(out.reason).toMatch(/1 query was not comparable/);
  });

  it("records nothing without a comparison or with a placeholder baseline of 0", () => {
    expect(deriveLatencyKpi({ measurement: null, kpiBaseline: 4200 }).recorded).toBe(false);
    expect(deriveLatencyKpi({ measurement: measurement(800, 1000), kpiBaseline: 0 }).recorded).toBe(false);
  });
});
