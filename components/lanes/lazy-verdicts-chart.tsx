"use client";

import dynamic from "next/dynamic";
import { CHART_HEIGHT } from "@/components/charts/chart-theme";
import type { VerdictDay } from "@/lib/domain/trends/build-verdict-series";

// Recharts stays out of the readiness page's first load: the chart's code arrives after the lanes.
const VerdictsChart = dynamic(() => import("@/components/charts/verdicts-chart").then((m) => m.VerdictsChart), {
  ssr: false,
  loading: () => <div style={{ height: CHART_HEIGHT }} aria-hidden className="animate-pulse rounded bg-slate-50" />,
});

/** The readiness page's lanes-by-verdict chart, loaded after the page (its numbers are in the table beside it). */
export function LazyVerdictsChart({ days }: { days: VerdictDay[] }) {
  return <VerdictsChart days={days} />;
}
