import "server-only";
import type { KpiTarget } from "@/lib/domain/readiness/types";
import type { KpiTarget as KpiTargetRow } from "@/lib/generated/prisma/client";

/** A target row as the readiness gate reads it: numbers, and the stop condition as one value or null. */
export function toKpiTarget(row: KpiTargetRow): KpiTarget {
  return {
    kpiKey: row.kpiKey,
    label: row.label,
    unit: row.unit,
    direction: row.direction,
    baseline: row.baseline.toNumber(),
    targetKind: row.targetKind,
    targetValue: row.targetValue.toNumber(),
    stop: row.stopKind && row.stopValue ? { kind: row.stopKind, value: row.stopValue.toNumber() } : null,
    requiredConfidence: row.requiredConfidence?.toNumber() ?? null,
  };
}
