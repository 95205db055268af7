import "server-only";
import type { Measurement } from "@/lib/domain/readiness/types";
import type { Measurement as MeasurementRow } from "@/lib/generated/prisma/client";
import { toMeasurementInterval } from "@/lib/server/ingest/to-measurement-interval";

/** A measurement row as the readiness gate reads it. */
export function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    kpiKey: row.kpiKey,
    value: row.value.toNumber(),
    source: row.source,
    takenAt: row.takenAt,
    invalidatedAt: row.invalidatedAt,
    interval: toMeasurementInterval(row),
  };
}
