"use client";

import { formatQuantity } from "@/lib/domain/format/format-quantity";
import type { MainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";
import { buildSparklinePath } from "@/lib/domain/trends/build-sparkline-path";
import { LINE_COLORS } from "@/components/charts/chart-theme";

const WIDTH = 88;
const HEIGHT = 28;

/** A tiny trend of the lane's main KPI for the readiness table; its numbers are in its label and title.
 * Plain SVG rather than Recharts: it is drawn once per table row and kept out of the first-load bundle. */
export function Sparkline({ kpi }: { kpi: MainKpiSparkline | null | undefined }) {
  if (!kpi) return <span className="text-xs text-slate-500">no targets</span>;
  if (kpi.points.length === 0) return <span className="text-xs text-slate-500">no counted {kpi.label}</span>;
  const values = kpi.points.map((p) => formatQuantity({ value: p.value, unit: kpi.unit }));
  const text = `${kpi.label} per release: ${kpi.points.map((p, i) => `${p.release} ${values[i]}`).join(", ")}${kpi.target !== null ? `; target ${formatQuantity({ value: kpi.target, unit: kpi.unit })}` : ""}`;
  const last = values.at(-1) ?? "";
  const geometry = buildSparklinePath({
    values: kpi.points.map((p) => p.value),
    target: kpi.target,
    width: WIDTH,
    height: HEIGHT,
  });
  return (
    <span className="inline-flex items-center gap-2" title={text} data-sparkline>
      <span className="sr-only">{text}</span>
      <span aria-hidden className="inline-block">
        {kpi.points.length > 1 ? (
          <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="block">
            {geometry.targetY !== null ? (
              <line
                x1={0}
                x2={WIDTH}
                y1={geometry.targetY}
                y2={geometry.targetY}
                stroke={LINE_COLORS.target}
                strokeDasharray="3 2"
              />
            ) : null}
            <polyline points={geometry.line} fill="none" stroke={LINE_COLORS.value} strokeWidth={1.5} />
          </svg>
        ) : (
          <span className="inline-block w-[88px] text-center text-[10px] text-slate-500">one release</span>
        )}
      </span>
      <span aria-hidden className="text-xs tabular-nums text-slate-700">
        {last}
      </span>
    </span>
  );
}
