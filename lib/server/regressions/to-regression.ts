import "server-only";
import type { Regression } from "@/lib/domain/readiness/types";
import type { Regression as RegressionRow } from "@/lib/generated/prisma/client";

/** A regression row as the readiness gate reads it. */
export function toRegression(row: RegressionRow): Regression {
  return {
    id: row.id,
    summary: row.summary,
    detectedAt: row.detectedAt,
    recoveredAt: row.recoveredAt,
    recoveredByRollback: row.recoveredByRollback,
    attributedTo: row.attributedTo,
  };
}
