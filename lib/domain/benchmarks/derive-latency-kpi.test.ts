import { describe, expect, it } from "vitest";
import { deriveLatencyKpi } from "./derive-latency-kpi";

const measurement = (
  value: number,
  baseline: number,
  excludedQueries = 0,
  ratioInterval: { low: number; high: number; confidence: number } | null = null,
) => ({
  value,
  baseline,
  unit: "ms" as const,
  comparableQueries: 3,
  excludedQueries,
  complete: excludedQueries === 0,
  ratioInterval,
});

describe("deriveLatencyKpi", () => {
  it("applies the workload ratio to the KPI baseline", () => {
    const out = deriveLatencyKpi({ measurement: measurement(800, 1000), kpiBaseline: 4200 });
    expect(out).toMatchObject({ recorded: true, value: 3360, ratio: 0.8 });
  });

  it("scales the ratio's interval to the KPI's unit, or says there is none", () => {
    const out = deriveLatencyKpi({
      measurement: measurement(800, 1000, 0, { low: 0.75, high: 0.85, confidence: 0.95 }),
      kpiBaseline: 4200,
    });
    expect(out).toMatchObject({ recorded: true, interval: { low: 3150, high: 3570, confidence: 0.95 } });
    if (out.recorded) expect(out.note).toContain("95% interval ×0.75–×0.85");
    const none = deriveLatencyKpi({ measurement: measurement(800, 1000), kpiBaseline: 4200 });
    expect(none).toMatchObject({ recorded: true, interval: null });
    if (none.recorded) expect(none.note).toContain("no interval: too few samples");
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
