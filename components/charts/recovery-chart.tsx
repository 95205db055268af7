"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { RecoverySeriesRow } from "@/lib/domain/trends/build-recovery-series";
import { StaticLegend } from "@/components/charts/static-legend";
import { AXIS_TICK, CHART_HEIGHT, LINE_COLORS } from "@/components/charts/chart-theme";

/** Regression recovery times against the lane's recovery limit; bars over the limit are red. */
export function RecoveryChart({ rows, limitMinutes }: { rows: RecoverySeriesRow[]; limitMinutes: number }) {
  const data = rows.map((r) => ({ label: r.label, minutes: r.minutes, overLimit: r.overLimit, summary: r.summary }));
  return (
    <>
      <StaticLegend
        items={[
          { label: "Within limit", color: LINE_COLORS.value, kind: "square" },
          { label: "Over limit", color: LINE_COLORS.stop, kind: "square" },
          { label: `Recovery limit (${limitMinutes} min)`, color: LINE_COLORS.stop, kind: "dashed" },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="label"
            tick={AXIS_TICK}
            label={{
              value: "Regression (release)",
              position: "insideBottom",
              offset: -14,
              fontSize: 11,
              fill: "#475569",
            }}
          />
          <YAxis
            tick={AXIS_TICK}
            width={48}
            domain={[0, (max: number) => Math.max(max, limitMinutes * 1.2)]}
            label={{
              value: "Recovery (min)",
              angle: -90,
              position: "insideLeft",
              fontSize: 11,
              fill: "#475569",
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip
            formatter={(value) => [typeof value === "number" ? `${value} min` : "not recovered", "Recovery time"]}
            labelFormatter={(label, payload) => `${String(label)}: ${String(payload?.[0]?.payload?.summary ?? "")}`}
          />
          <ReferenceLine
            y={limitMinutes}
            stroke={LINE_COLORS.stop}
            strokeDasharray="4 2"
            label={{
              value: `limit ${limitMinutes} min`,
              position: "insideTopRight",
              fontSize: 11,
              fill: LINE_COLORS.stop,
            }}
          />
          <Bar dataKey="minutes" name="Recovery time" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.overLimit ? LINE_COLORS.stop : LINE_COLORS.value} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
