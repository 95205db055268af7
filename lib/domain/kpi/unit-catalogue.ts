/**
 * The units a KPI can be measured in, each with the values that make sense for it. Targets,
 * baselines, stop conditions and measurements are all checked against their KPI's unit, so a p95
 * latency of -300 ms or a 140% error rate can never be recorded, pass or fail the gate.
 */
export type UnitKind = "time" | "count" | "percentage" | "ratio" | "rate" | "size";

export interface KpiUnit {
  unit: string;
  label: string;
  kind: UnitKind;
  /** Inclusive bounds. */
  min: number;
  max: number;
  /** Counts are whole numbers. */
  whole: boolean;
}

/** Above this a value is no longer a measurement (and would overflow the numeric(20,6) columns). */
export const KPI_VALUE_MAX = 1e13;

const unit = (u: string, label: string, kind: UnitKind, max = KPI_VALUE_MAX): KpiUnit => ({
  unit: u,
  label,
  kind,
  min: 0,
  max,
  whole: kind === "count",
});

export const KPI_UNITS: readonly KpiUnit[] = [
  unit("ms", "milliseconds", "time"),
  unit("s", "seconds", "time"),
  unit("min", "minutes", "time"),
  unit("count", "count", "count"),
  unit("queries", "queries", "count"),
  unit("rows", "rows", "count"),
  unit("errors", "errors", "count"),
  unit("incidents", "incidents", "count"),
  unit("%", "percent", "percentage", 100),
  unit("ratio", "ratio (1 = equal)", "ratio"),
  unit("rows/s", "rows per second", "rate"),
  unit("queries/s", "queries per second", "rate"),
  unit("MB", "megabytes", "size"),
  unit("GB", "gigabytes", "size"),
];

export const KPI_UNIT_CODES = KPI_UNITS.map((u) => u.unit) as [string, ...string[]];

export function findKpiUnit(code: string): KpiUnit | undefined {
  return KPI_UNITS.find((u) => u.unit === code);
}

/** Why `value` is not a valid amount of `unit` (as a sentence for a form), or null when it is. */
export function checkKpiValue(code: string, value: number): string | null {
  if (!Number.isFinite(value)) return "Give a finite number";
  const u = findKpiUnit(code);
  // Units outside the catalogue exist only on rows stored before it (docs/kpi-units.md): judged as recorded.
  if (!u) return Math.abs(value) > KPI_VALUE_MAX ? `At most ${KPI_VALUE_MAX.toExponential()}` : null;
  if (value < u.min) return `A value in ${u.label} cannot be negative`;
  if (value > u.max)
    return u.kind === "percentage" ? "A percentage is at most 100" : `At most ${u.max.toExponential()} ${u.unit}`;
  if (u.whole && !Number.isInteger(value)) return `A count of ${u.label} is a whole number`;
  return null;
}

/** A KPI target as typed or stored, reduced to what its domain check needs. */
export interface KpiTargetNumbers {
  unit: string;
  baseline: number;
  targetKind: "ABSOLUTE" | "RELATIVE";
  targetValue: number;
  stop: { kind: "ABSOLUTE" | "RELATIVE"; value: number } | null;
}

/**
 * Every problem of a target's numbers against its unit, as [field, sentence] with the field's path
 * below the target (baseline, targetValue, stop/value). Relative values are fractions of the
 * baseline (0.2 = 20% better), so they need a positive baseline to mean anything.
 */
export function checkKpiTarget(t: KpiTargetNumbers): [string, string][] {
  const problems: [string, string][] = [];
  const baseline = checkKpiValue(t.unit, t.baseline);
  if (baseline) problems.push(["baseline", baseline]);
  if (t.targetKind === "ABSOLUTE") {
    const target = checkKpiValue(t.unit, t.targetValue);
    if (target) problems.push(["targetValue", target]);
  }
  if (t.stop?.kind === "ABSOLUTE") {
    const stop = checkKpiValue(t.unit, t.stop.value);
    if (stop) problems.push(["stop/value", stop]);
  }
  const relative = t.targetKind === "RELATIVE" || t.stop?.kind === "RELATIVE";
  if (relative && !baseline && !(t.baseline > 0))
    problems.push(["baseline", "A relative target or stop condition needs a baseline above 0"]);
  return problems;
}
