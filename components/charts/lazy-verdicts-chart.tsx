"use client";

import { lazy, type ComponentProps } from "react";
import { LazyInView } from "@/components/charts/when-visible";
import type { VerdictsChart } from "@/components/charts/verdicts-chart";

// The readiness page's chart (Recharts), loaded when it comes into view; apart from the lane page's
// charts (lazy-charts.tsx) so the readiness page's first load has no loader for those.
const VerdictsChartChunk = lazy(() =>
  import("@/components/charts/verdicts-chart").then((m) => ({ default: m.VerdictsChart })),
);

export function LazyVerdictsChart(props: ComponentProps<typeof VerdictsChart>) {
  return (
    <LazyInView>
      <VerdictsChartChunk {...props} />
    </LazyInView>
  );
}
