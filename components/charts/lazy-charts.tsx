"use client";

import { lazy, type ComponentProps } from "react";
import { LazyInView as Lazy } from "@/components/charts/when-visible";
import type { IncidentsChart } from "@/components/charts/incidents-chart";
import type { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import type { RecoveryChart } from "@/components/charts/recovery-chart";
import type { StreakChart } from "@/components/charts/streak-chart";

// Recharts is the largest module of the app (≈ 125 KiB gzip): the charts load as their own chunk
// when they come into view, never with the page. Their numbers are in each ChartFrame's data
// table, which is server-rendered, so nothing is lost before (or without) the chart. React.lazy
// (LazyInView) rather than next/dynamic: the same split without next/dynamic's loader in the first
// load. The lane page's charts; the readiness page's is lazy-verdicts-chart.tsx.
const KpiTrendChartChunk = lazy(() =>
  import("@/components/charts/kpi-trend-chart").then((m) => ({ default: m.KpiTrendChart })),
);
const IncidentsChartChunk = lazy(() =>
  import("@/components/charts/incidents-chart").then((m) => ({ default: m.IncidentsChart })),
);
const RecoveryChartChunk = lazy(() =>
  import("@/components/charts/recovery-chart").then((m) => ({ default: m.RecoveryChart })),
);
const StreakChartChunk = lazy(() =>
  import("@/components/charts/streak-chart").then((m) => ({ default: m.StreakChart })),
);

export function LazyKpiTrendChart(props: ComponentProps<typeof KpiTrendChart>) {
  return (
    <Lazy>
      <KpiTrendChartChunk {...props} />
    </Lazy>
  );
}

export function LazyIncidentsChart(props: ComponentProps<typeof IncidentsChart>) {
  return (
    <Lazy>
      <IncidentsChartChunk {...props} />
    </Lazy>
  );
}

export function LazyRecoveryChart(props: ComponentProps<typeof RecoveryChart>) {
  return (
    <Lazy>
      <RecoveryChartChunk {...props} />
    </Lazy>
  );
}

export function LazyStreakChart(props: ComponentProps<typeof StreakChart>) {
  return (
    <Lazy>
      <StreakChartChunk {...props} />
    </Lazy>
  );
}
