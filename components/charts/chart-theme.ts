// One palette for every chart, matching the badges: verdicts, severities and line roles.
export const VERDICT_COLORS = { READY: "#059669", HOLD: "#d97706", STOP: "#dc2626" } as const;
export const SEVERITY_COLORS = { P1: "#b91c1c", P2: "#ea580c", P3: "#facc15", P4: "#94a3b8" } as const;
export const LINE_COLORS = {
  value: "#4338ca",
  baseline: "#64748b",
  target: "#059669",
  stop: "#dc2626",
  synthetic: "#a21caf",
  invalidated: "#475569",
  superseded: "#0891b2",
} as const;
export const AXIS_TICK = { fontSize: 11, fill: "#475569" } as const;
export const CHART_HEIGHT = 240;
