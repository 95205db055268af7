"use client";

import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import type { KpiSeries } from "@/lib/domain/trends/build-kpi-series";
import {
  KPI_SERIES_NAMES,
  kpiTooltipRows,
  planKpiChart,
  type KpiLineKey,
  type KpiSeriesKey,
} from "@/lib/domain/trends/plan-kpi-chart";
import { StaticLegend } from "@/components/charts/static-legend";
import { AXIS_TICK, CHART_HEIGHT, LINE_COLORS } from "@/components/charts/chart-theme";

const DASH: Record<KpiLineKey, string> = { baseline: "2 3", target: "6 3", stop: "4 2" };
const MARKERS = [
  ["synthetic", "triangle"],
  ["invalidated", "cross"],
  ["superseded", "diamond"],
] as const;
const LEGEND_KIND: Record<KpiSeriesKey, "square" | "line" | "dashed"> = {
  value: "line",
  baseline: "dashed",
  target: "dashed",
  stop: "dashed",
  synthetic: "square",
  invalidated: "square",
  superseded: "square",
};

/**
 * A KPI's counted value per release against its baseline, target and stop lines. What is drawn,
 * listed and scaled is decided by planKpiChart (lib/domain): the legend and tooltip list only
 * series with values, and only counted values scale the y-axis.
 */
export function KpiTrendChart({ series }: { series: KpiSeries }) {
  const plan = planKpiChart({ series });
  const data = series.rows.map(({ excluded: _excluded, deployedAt: _deployedAt, ...row }) => row);
  const fmt = (v: number) => formatQuantity({ value: v, unit: series.unit });
  const drawn = new Set(plan.drawn);
  return (
    <>
      <StaticLegend
        items={plan.drawn.map((key) => ({
          label: KPI_SERIES_NAMES[key],
          color: LINE_COLORS[key],
          kind: LEGEND_KIND[key],
        }))}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="label"
            tick={AXIS_TICK}
            label={{
              value: "Release (oldest deployment first)",
              position: "insideBottom",
              offset: -14,
              fontSize: 11,
              fill: "#475569",
            }}
          />
          <YAxis
            tick={AXIS_TICK}
            width={64}
            domain={plan.yDomain ?? ["auto", "auto"]}
            allowDataOverflow
            tickFormatter={(v: number) => formatQuantity({ value: Number(v.toPrecision(3)), unit: "" })}
            label={{
              value: `${series.label} (${series.unit})`,
              angle: -90,
              position: "insideLeft",
              offset: 0,
              fontSize: 11,
              fill: "#475569",
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip
            content={({ active, label }) => {
              const row = data.find((d) => d.label === label);
              if (!active || !row) return null;
              const rows = kpiTooltipRows({ row, drawn: plan.drawn });
              return (
                <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                  <div className="font-medium text-slate-800">Release {String(label)}</div>
                  {rows.map((r) => (
                    <div key={r.key} style={{ color: LINE_COLORS[r.key] }}>
                      {r.name}: {fmt(r.value)}
                    </div>
                  ))}
                </div>
              );
            }}
          />
          {plan.constantLines.map((l) => (
            <ReferenceLine key={l.key} y={l.y} stroke={LINE_COLORS[l.key]} strokeDasharray={DASH[l.key]} />
          ))}
          {plan.steppedLines.map((key) => (
            <Line
              key={key}
              type="stepAfter"
              dataKey={key}
              name={KPI_SERIES_NAMES[key]}
              stroke={LINE_COLORS[key]}
              strokeDasharray={DASH[key]}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {drawn.has("value") ? (
            <Line
              type="linear"
              dataKey="value"
              name={KPI_SERIES_NAMES.value}
              stroke={LINE_COLORS.value}
              strokeWidth={2}
              dot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
          {MARKERS.filter(([key]) => drawn.has(key)).map(([key, shape]) => (
            <Scatter
              key={key}
              dataKey={key}
              name={KPI_SERIES_NAMES[key]}
              fill={LINE_COLORS[key]}
              shape={shape}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </>
  );
}
