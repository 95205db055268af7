"use client";

import { Line, LineChart, ReferenceLine, YAxis } from "recharts";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import type { MainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";
import { LINE_COLORS } from "@/components/charts/chart-theme";

/** A tiny trend of the lane's main KPI for the readiness table; its numbers are in its label and title. */
export function Sparkline({ kpi }: { kpi: MainKpiSparkline | null | undefined }) {
  if (!kpi) return <span className="text-xs text-slate-500">no targets</span>;
  if (kpi.points.length === 0) return <span className="text-xs text-slate-500">no counted {kpi.label}</span>;
  const values = kpi.points.map((p) => formatQuantity({ value: p.value, unit: kpi.unit }));
  const text = `${kpi.label} per release: ${kpi.points.map((p, i) => `${p.release} ${values[i]}`).join(", ")}${kpi.target !== null ? `; target ${formatQuantity({ value: kpi.target, unit: kpi.unit })}` : ""}`;
  const last = values.at(-1) ?? "";
  return (
    <span className="inline-flex items-center gap-2" title={text} data-sparkline>
      <span className="sr-only">{text}</span>
      <span aria-hidden className="inline-block">
        {kpi.points.length > 1 ? (
          <LineChart
            width={88}
            height={28}
            data={kpi.points}
            margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
            accessibilityLayer={false}
          >
            <YAxis hide domain={["dataMin", "dataMax"]} />
            {kpi.target !== null ? (
              <ReferenceLine
                y={kpi.target}
                stroke={LINE_COLORS.target}
                strokeDasharray="3 2"
                ifOverflow="extendDomain"
              />
            ) : null}
            <Line
              type="linear"
              dataKey="value"
              stroke={LINE_COLORS.value}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
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
