import "server-only";
import type { MeasurementInterval } from "@/lib/domain/readiness/types";

type Decimalish = { toNumber(): number } | null;

/** A stored measurement's interval, when all three columns are set. */
export function toMeasurementInterval(row: {
  ciLow?: Decimalish;
  ciHigh?: Decimalish;
  confidence?: Decimalish;
}): MeasurementInterval | null {
  if (!row.ciLow || !row.ciHigh || !row.confidence) return null;
  return { low: row.ciLow.toNumber(), high: row.ciHigh.toNumber(), confidence: row.confidence.toNumber() };
}
