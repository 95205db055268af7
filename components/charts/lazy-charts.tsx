"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { ChartPlaceholder, WhenVisible } from "@/components/charts/when-visible";
import type { IncidentsChart } from "@/components/charts/incidents-chart";
import type { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import type { RecoveryChart } from "@/components/charts/recovery-chart";
import type { StreakChart } from "@/components/charts/streak-chart";
import type { VerdictsChart } from "@/components/charts/verdicts-chart";

// Recharts is the largest module of the app (≈ 125 KiB gzip): the charts load as their own chunk
// when they come into view, never with the page. Their numbers are in each ChartFrame's data
// table, which is server-rendered, so nothing is lost before (or without) the chart.
const loading = () => <ChartPlaceholder />;
const VerdictsChartChunk = dynamic(() => import("@/components/charts/verdicts-chart").then((m) => m.VerdictsChart), {
  ssr: false,
  loading,
});
const KpiTrendChartChunk = dynamic(() => import("@/components/charts/kpi-trend-chart").then((m) => m.KpiTrendChart), {
  ssr: false,
  loading,
});
const IncidentsChartChunk = dynamic(() => import("@/components/charts/incidents-chart").then((m) => m.IncidentsChart), {
  ssr: false,
  loading,
});
const RecoveryChartChunk = dynamic(() => import("@/components/charts/recovery-chart").then((m) => m.RecoveryChart), {
  ssr: false,
  loading,
});
const StreakChartChunk = dynamic(() => import("@/components/charts/streak-chart").then((m) => m.StreakChart), {
  ssr: false,
  loading,
});

export function LazyVerdictsChart(props: ComponentProps<typeof VerdictsChart>) {
  return (
    <WhenVisible>
      <VerdictsChartChunk {...props} />
    </WhenVisible>
  );
}

export function LazyKpiTrendChart(props: ComponentProps<typeof KpiTrendChart>) {
  return (
    <WhenVisible>
      <KpiTrendChartChunk {...props} />
    </WhenVisible>
  );
}

export function LazyIncidentsChart(props: ComponentProps<typeof IncidentsChart>) {
  return (
    <WhenVisible>
      <IncidentsChartChunk {...props} />
    </WhenVisible>
  );
}

export function LazyRecoveryChart(props: ComponentProps<typeof RecoveryChart>) {
  return (
    <WhenVisible>
      <RecoveryChartChunk {...props} />
    </WhenVisible>
  );
}

export function LazyStreakChart(props: ComponentProps<typeof StreakChart>) {
  return (
    <WhenVisible>
      <StreakChartChunk {...props} />
    </WhenVisible>
  );
}
