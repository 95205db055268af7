"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { IncidentSeriesRow } from "@/lib/domain/trends/build-incident-series";
import { AXIS_TICK, CHART_HEIGHT, SEVERITY_COLORS } from "@/components/charts/chart-theme";

/** Incidents per release, stacked by severity. */
export function IncidentsChart({ rows }: { rows: IncidentSeriesRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="label"
          tick={AXIS_TICK}
          label={{ value: "Release", position: "insideBottom", offset: -14, fontSize: 11, fill: "#475569" }}
        />
        <YAxis
          allowDecimals={false}
          tick={AXIS_TICK}
          width={48}
          label={{
            value: "Incidents (count)",
            angle: -90,
            position: "insideLeft",
            fontSize: 11,
            fill: "#475569",
            style: { textAnchor: "middle" },
          }}
        />
        <Tooltip />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11, paddingBottom: 8 }} />
        {(["P1", "P2", "P3", "P4"] as const).map((s) => (
          <Bar key={s} dataKey={s} name={s} stackId="severity" fill={SEVERITY_COLORS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
