"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { VerdictDay } from "@/lib/domain/trends/build-verdict-series";
import { AXIS_TICK, CHART_HEIGHT, VERDICT_COLORS } from "@/components/charts/chart-theme";

/** How many lanes were READY, HOLD or STOP at the end of each day (stacked). */
export function VerdictsChart({ days }: { days: VerdictDay[] }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <AreaChart data={days} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="day"
          tick={AXIS_TICK}
          label={{ value: "Day (UTC)", position: "insideBottom", offset: -14, fontSize: 11, fill: "#475569" }}
        />
        <YAxis
          allowDecimals={false}
          tick={AXIS_TICK}
          width={48}
          label={{
            value: "Lanes",
            angle: -90,
            position: "insideLeft",
            fontSize: 11,
            fill: "#475569",
            style: { textAnchor: "middle" },
          }}
        />
        <Tooltip />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11, paddingBottom: 8 }} />
        {(["STOP", "HOLD", "READY"] as const).map((v) => (
          <Area
            key={v}
            type="stepAfter"
            dataKey={v}
            name={v}
            stackId="verdict"
            stroke={VERDICT_COLORS[v]}
            fill={VERDICT_COLORS[v]}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
