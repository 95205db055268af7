"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { Sparkline } from "@/components/charts/sparkline";
import { useHydrated } from "@/lib/client/use-hydrated";

// The sparkline is loaded after the table, so the lanes show without waiting for it; drawn in the
// browser only. React.lazy rather than next/dynamic: the same split without a loader in the first load.
const SparklineChunk = lazy(() => import("@/components/charts/sparkline").then((m) => ({ default: m.Sparkline })));
// The drawn sparkline's footprint (88 × 28 px line, its gap and a value such as "2,901 ms"), so the
// table's columns do not move when it arrives.
const placeholder = <span className="inline-block h-7 w-[152px]" aria-hidden />;

export function LazySparkline(props: ComponentProps<typeof Sparkline>) {
  const hydrated = useHydrated();
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <SparklineChunk {...props} />
    </Suspense>
  );
}
