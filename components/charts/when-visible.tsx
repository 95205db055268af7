"use client";

import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { CHART_HEIGHT } from "@/components/charts/chart-theme";

/**
 * Renders its children once the placeholder comes within `rootMargin` of the viewport, so a chart
 * below the fold costs nothing (no chunk, no layout) until the reader scrolls to it. The
 * placeholder keeps the chart's height, so nothing jumps when it appears.
 */
export function WhenVisible({
  children,
  height = CHART_HEIGHT,
  rootMargin = "200px",
}: {
  children: ReactNode;
  height?: number;
  rootMargin?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible, rootMargin]);
  if (visible) return <>{children}</>;
  return <ChartPlaceholder ref={ref} height={height} />;
}

export function ChartPlaceholder({ ref, height = CHART_HEIGHT }: { ref?: React.Ref<HTMLDivElement>; height?: number }) {
  return (
    <div
      ref={ref}
      aria-hidden
      data-chart-placeholder
      style={{ height }}
      className="w-full animate-pulse rounded-md bg-slate-50"
    />
  );
}

/**
 * A chart split off with React.lazy, rendered once in view: WhenVisible renders nothing of it on
 * the server (it waits for the browser's IntersectionObserver), so the chart's chunk loads in the
 * browser only, when needed, as next/dynamic with `ssr: false` did.
 */
export function LazyInView({ children }: { children: ReactNode }) {
  return (
    <WhenVisible>
      <Suspense fallback={<ChartPlaceholder />}>{children}</Suspense>
    </WhenVisible>
  );
}
