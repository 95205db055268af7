import { describe, expect, it } from "vitest";
import type { KpiSeries, KpiSeriesRow } from "../trends/build-kpi-series";
import { compareKpiAcrossLanes, type CompareLaneInput } from "./compare-kpi-across-lanes";

const row = (label: string, value: number | null, baseline = 1000): KpiSeriesRow => ({
  releaseId: label,
  label,
  deployedAt: new Date(0),
  value,
  baseline,
  target: baseline * 0.8,
  stop: null,
  met: value === null ? null : value <= baseline * 0.8,
  synthetic: null,
  invalidated: null,
  superseded: null,
  excluded: [],
});
const latency = (rows: KpiSeriesRow[]): KpiSeries => ({
  kpiKey: "p95_latency_ms",
  label: "p95 latency",
  unit: "ms",
  direction: "LOWER_IS_BETTER",
  rows,
});
const parity: KpiSeries = {
  kpiKey: "mismatches",
  label: "Mismatches",
  unit: "",
  direction: "LOWER_IS_BETTER",
  rows: [],
};
const lane = (slug: string, series: KpiSeries[]): CompareLaneInput => ({
  slug,
  name: slug.toUpperCase(),
  team: "t",
  series,
});

const lanes = [
  lane("a", [latency([row("1", 900), row("2", 700), row("3", null)])]),
  lane("b", [latency([row("1", 400, 500)]), parity]),
  lane("c", [latency([row("1", null)])]),
  lane("d", [parity]),
];

describe("compareKpiAcrossLanes", () => {
  it("takes each lane's latest counted value against its own baseline", () => {
    const r = compareKpiAcrossLanes({ lanes, kpiKey: "p95_latency_ms", sort: "improvement" });
    expect(r.rows.map((x) => [x.slug, x.release, x.value, x.improvement.text])).toEqual([
      ["a", "2", 700, "30% better"],
      ["b", "1", 400, "20% better"],
      ["c", null, null, "—"],
    ]);
    // A lane without a counted value still shows the lines it is judged by.
    expect(r.rows.find((x) => x.slug === "c")).toMatchObject({ baseline: 1000, target: 800, met: null });
  });

  it.each([
    ["lane", ["a", "b", "c"]],
    ["value", ["b", "a", "c"]],
    ["improvement", ["a", "b", "c"]],
  ] as const)("sorts by %s, lanes without a value last", (sort, order) => {
    expect(compareKpiAcrossLanes({ lanes, kpiKey: "p95_latency_ms", sort }).rows.map((r) => r.slug)).toEqual(order);
  });

  it("lists every KPI and defaults to the first", () => {
    const r = compareKpiAcrossLanes({ lanes, kpiKey: null, sort: "lane" });
    expect(r.kpis.map((k) => k.kpiKey)).toEqual(["p95_latency_ms", "mismatches"]);
    expect(r.kpi?.kpiKey).toBe("p95_latency_ms");
  });

  it("answers no rows for a KPI nobody has", () => {
    expect(compareKpiAcrossLanes({ lanes, kpiKey: "nope", sort: "lane" })).toMatchObject({ kpi: null, rows: [] });
  });
});
