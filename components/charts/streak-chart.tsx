"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { StaticLegend } from "@/components/charts/static-legend";
import { AXIS_TICK, CHART_HEIGHT, LINE_COLORS } from "@/components/charts/chart-theme";

/** The stable streak after each change of the lane's readiness history, as a step line. */
export function StreakChart({
  points,
  required,
}: {
  points: { when: string; streak: number; verdict: string; cause: string }[];
  required: number;
}) {
  return (
    <>
      <StaticLegend
        items={[
          { label: "Stable streak", color: LINE_COLORS.value, kind: "line" },
          { label: `Required for READY (${required})`, color: LINE_COLORS.target, kind: "dashed" },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="when"
            tick={AXIS_TICK}
            label={{ value: "Change (UTC)", position: "insideBottom", offset: -14, fontSize: 11, fill: "#475569" }}
          />
          <YAxis
            allowDecimals={false}
            tick={AXIS_TICK}
            width={48}
            domain={[0, Math.max(required, ...points.map((p) => p.streak))]}
            label={{
              value: "Stable releases",
              angle: -90,
              position: "insideLeft",
              fontSize: 11,
              fill: "#475569",
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip
            formatter={(value, _name, item) => [
              `${String(value)} (${String(item.payload?.verdict ?? "")}): ${String(item.payload?.cause ?? "")}`,
              "Streak",
            ]}
          />
          <ReferenceLine y={required} stroke={LINE_COLORS.target} strokeDasharray="6 3" />
          <Line
            type="stepAfter"
            dataKey="streak"
            name="Stable streak"
            stroke={LINE_COLORS.value}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </>
  );
}
