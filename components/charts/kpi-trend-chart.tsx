"use client";

import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import type { KpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { AXIS_TICK, CHART_HEIGHT, LINE_COLORS } from "@/components/charts/chart-theme";

/** A KPI's counted value per release against its baseline, target and stop lines. */
export function KpiTrendChart({ series }: { series: KpiSeries }) {
  const data = series.rows.map(({ excluded: _excluded, deployedAt: _deployedAt, ...row }) => row);
  const hasStop = series.rows.some((r) => r.stop !== null);
  const fmt = (v: unknown) => (typeof v === "number" ? formatQuantity({ value: v, unit: series.unit }) : "—");
  return (
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
        <Tooltip formatter={(value, name) => [fmt(value), name]} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11, paddingBottom: 8 }} />
        <Line
          type="stepAfter"
          dataKey="baseline"
          name="Baseline"
          stroke={LINE_COLORS.baseline}
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          name="Target"
          stroke={LINE_COLORS.target}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
        {hasStop ? (
          <Line
            type="stepAfter"
            dataKey="stop"
            name="Stop threshold"
            stroke={LINE_COLORS.stop}
            strokeDasharray="4 2"
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
        <Line
          type="linear"
          dataKey="value"
          name="Counted value"
          stroke={LINE_COLORS.value}
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Scatter
          dataKey="synthetic"
          name="Synthetic (not counted)"
          fill={LINE_COLORS.synthetic}
          shape="triangle"
          isAnimationActive={false}
        />
        <Scatter
          dataKey="invalidated"
          name="Invalidated (not counted)"
          fill={LINE_COLORS.invalidated}
          shape="cross"
          isAnimationActive={false}
        />
        <Scatter
          dataKey="superseded"
          name="Superseded (not counted)"
          fill={LINE_COLORS.superseded}
          shape="diamond"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
