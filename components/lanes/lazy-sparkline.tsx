"use client";

import dynamic from "next/dynamic";

// The sparkline draws with Recharts: loaded after the table, so the lanes show without waiting for it.
export const LazySparkline = dynamic(() => import("@/components/charts/sparkline").then((m) => m.Sparkline), {
  ssr: false,
  loading: () => <span className="inline-block h-6 w-24" aria-hidden />,
});
