"use client";

import { lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { ChartPlaceholder, WhenVisible } from "@/components/charts/when-visible";
import type { IncidentsChart } from "@/components/charts/incidents-chart";
import type { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import type { RecoveryChart } from "@/components/charts/recovery-chart";
import type { StreakChart } from "@/components/charts/streak-chart";
import type { VerdictsChart } from "@/components/charts/verdicts-chart";

// Recharts is the largest module of the app (≈ 125 KiB gzip): the charts load as their own chunk
// when they come into view, never with the page. Their numbers are in each ChartFrame's data
// table, which is server-rendered, so nothing is lost before (or without) the chart. WhenVisible
// renders nothing of the chart on the server (it waits for the browser's IntersectionObserver),
// so React.lazy splits them as next/dynamic with `ssr: false` did, without its loader in the first load.
const VerdictsChartChunk = lazy(() =>
  import("@/components/charts/verdicts-chart").then((m) => ({ default: m.VerdictsChart })),
);
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

function Lazy({ children }: { children: ReactNode }) {
  return (
    <WhenVisible>
      <Suspense fallback={<ChartPlaceholder />}>{children}</Suspense>
    </WhenVisible>
  );
}

export function LazyVerdictsChart(props: ComponentProps<typeof VerdictsChart>) {
  return (
    <Lazy>
      <VerdictsChartChunk {...props} />
    </Lazy>
  );
}

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
