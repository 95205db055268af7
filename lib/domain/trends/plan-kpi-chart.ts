import type { KpiSeries, KpiSeriesRow } from "./build-kpi-series";

export type KpiLineKey = "baseline" | "target" | "stop";
export type KpiMarkerKey = "synthetic" | "invalidated" | "superseded";
export type KpiSeriesKey = KpiLineKey | "value" | KpiMarkerKey;

export const KPI_SERIES_NAMES: Record<KpiSeriesKey, string> = {
  value: "Counted value",
  baseline: "Baseline",
  target: "Target",
  stop: "Stop threshold",
  synthetic: "Synthetic (not counted)",
  invalidated: "Invalidated (not counted)",
  superseded: "Superseded (not counted)",
};

export interface KpiChartPlan {
  /** The series that have at least one value, in legend order: only these are drawn and listed. */
  drawn: KpiSeriesKey[];
  /**
   * Lines whose value never changes (always so for one release) are drawn as one horizontal
   * reference line across the plot: a step line through a single point leaves stray dashes.
   */
  constantLines: { key: KpiLineKey; y: number }[];
  /** Lines that change from release to release: drawn as step lines. */
  steppedLines: KpiLineKey[];
  /**
   * The y-axis range, from what counts only: counted values and the baseline, target and stop
   * lines (padded 5%). Excluded markers outside it (an invalidated −300) are clipped, not allowed
   * to stretch the axis; the data table still lists them. Null when nothing counts.
   */
  yDomain: [number, number] | null;
}

const ORDER: KpiSeriesKey[] = ["value", "baseline", "target", "stop", "synthetic", "invalidated", "superseded"];
const LINES: KpiLineKey[] = ["baseline", "target", "stop"];
const valuesOf = (rows: readonly KpiSeriesRow[], key: KpiSeriesKey) =>
  rows.flatMap((r) => (r[key] === null || !Number.isFinite(r[key]) ? [] : [r[key]]));

/** What the KPI trend chart draws, lists and scales by: decided here, rendered by the component. */
export function planKpiChart({ series }: { series: KpiSeries }): KpiChartPlan {
  const rows = series.rows;
  const drawn = ORDER.filter((key) => valuesOf(rows, key).length > 0);
  const constantLines: KpiChartPlan["constantLines"] = [];
  const steppedLines: KpiLineKey[] = [];
  for (const key of LINES) {
    const values = valuesOf(rows, key);
    const first = values[0];
    if (first === undefined) continue;
    // Constant only when every release has the line at the same value (none missing).
    if (values.length === rows.length && values.every((v) => v === first)) constantLines.push({ key, y: first });
    else steppedLines.push(key);
  }
  const scaled = [...valuesOf(rows, "value"), ...LINES.flatMap((key) => valuesOf(rows, key))];
  if (scaled.length === 0) return { drawn, constantLines, steppedLines, yDomain: null };
  const min = Math.min(...scaled);
  const max = Math.max(...scaled);
  const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 1;
  // A KPI that cannot go below zero (every counted number ≥ 0) keeps zero as its floor.
  const low = min >= 0 ? Math.max(0, min - pad) : min - pad;
  return { drawn, constantLines, steppedLines, yDomain: [low, max + pad] };
}

/** The rows a tooltip lists for one release: only series that are drawn and have a value there. */
export function kpiTooltipRows({
  row,
  drawn,
}: {
  row: Pick<KpiSeriesRow, KpiSeriesKey>;
  drawn: readonly KpiSeriesKey[];
}): { key: KpiSeriesKey; name: string; value: number }[] {
  return drawn.flatMap((key) => {
    const value = row[key];
    return value === null || !Number.isFinite(value) ? [] : [{ key, name: KPI_SERIES_NAMES[key], value }];
  });
}
