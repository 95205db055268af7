import type { KpiSeries } from "./build-kpi-series";

export interface MainKpiSparkline {
  label: string;
  unit: string;
  direction: KpiSeries["direction"];
  /** The newest release's target line, for the sparkline's reference. */
  target: number | null;
  /** Counted values only, oldest deployment first; releases without a counted value are skipped. */
  points: { release: string; value: number }[];
}

/** The lane's main KPI (the first target of its newest version) as a compact trend. */
export function buildMainKpiSparkline({ series }: { series: readonly KpiSeries[] }): MainKpiSparkline | null {
  const main = series[0];
  if (!main) return null;
  return {
    label: main.label,
    unit: main.unit,
    direction: main.direction,
    target: main.rows.at(-1)?.target ?? null,
    points: main.rows.flatMap((r) => (r.value === null ? [] : [{ release: r.label, value: r.value }])),
  };
}
