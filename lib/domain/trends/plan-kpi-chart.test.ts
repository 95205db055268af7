import { describe, expect, it } from "vitest";
import type { KpiSeries, KpiSeriesRow } from "./build-kpi-series";
import { kpiTooltipRows, planKpiChart } from "./plan-kpi-chart";

const row = (label: string, over: Partial<KpiSeriesRow> = {}): KpiSeriesRow => ({
  releaseId: label,
  label,
  deployedAt: new Date(0),
  value: null,
  baseline: 1000,
  target: 800,
  stop: null,
  met: null,
  synthetic: null,
  invalidated: null,
  superseded: null,
  excluded: [],
  ...over,
});
const series = (rows: KpiSeriesRow[]): KpiSeries => ({
  kpiKey: "p95_latency_ms",
  label: "p95 latency",
  unit: "ms",
  direction: "LOWER_IS_BETTER",
  rows,
});

describe("planKpiChart", () => {
  it("lists only the series that have a value: no legend entry for stop or markers never drawn", () => {
    const plan = planKpiChart({ series: series([row("1", { value: 700 }), row("2", { value: 760 })]) });
    expect(plan.drawn).toEqual(["value", "baseline", "target"]);
  });

  it("an invalidated −300 does not stretch the axis: only counted values and the lines scale it", () => {
    const plan = planKpiChart({
      series: series([row("1", { value: 700, invalidated: -300 }), row("2", { value: 760, synthetic: 5000 })]),
    });
    expect(plan.drawn).toEqual(["value", "baseline", "target", "synthetic", "invalidated"]);
    expect(plan.yDomain).toEqual([685, 1015]);
  });

  it("keeps zero as the floor for a KPI that counts from zero", () => {
    const plan = planKpiChart({
      series: series([
        row("1", { value: 0, baseline: 0, target: 0, stop: 0 }),
        row("2", { value: 2, baseline: 0, target: 0, stop: 0 }),
      ]),
    });
    expect(plan.yDomain?.[0]).toBe(0);
  });

  it("draws the lines of a single release as horizontal reference lines, never a stray step", () => {
    const plan = planKpiChart({ series: series([row("1", { value: 900, stop: 1100 })]) });
    expect(plan.constantLines).toEqual([
      { key: "baseline", y: 1000 },
      { key: "target", y: 800 },
      { key: "stop", y: 1100 },
    ]);
    expect(plan.steppedLines).toEqual([]);
  });

  it("steps a line that changes with a new target version, or is missing for a release", () => {
    const plan = planKpiChart({
      series: series([row("1", { target: 800 }), row("2", { target: 700 }), row("3", { baseline: null, target: 700 })]),
    });
    expect(plan.steppedLines).toEqual(["baseline", "target"]);
    expect(plan.constantLines).toEqual([]);
  });

  it("has no domain when nothing counts", () => {
    expect(planKpiChart({ series: series([row("1", { baseline: null, target: null })]) }).yDomain).toBeNull();
  });
});

describe("kpiTooltipRows", () => {
  it("lists no 'label : —' rows: only drawn series with a value at this release", () => {
    const r = row("1", { value: 700, synthetic: 650 });
    expect(
      kpiTooltipRows({ row: r, drawn: ["value", "baseline", "target", "stop", "synthetic", "invalidated"] }),
    ).toEqual([
      { key: "value", name: "Counted value", value: 700 },
      { key: "baseline", name: "Baseline", value: 1000 },
      { key: "target", name: "Target", value: 800 },
      { key: "synthetic", name: "Synthetic (not counted)", value: 650 },
    ]);
  });
});
