import "server-only";
import type { Incident } from "@/lib/domain/readiness/types";
import type { Incident as IncidentRow } from "@/lib/generated/prisma/client";

/** An incident row as the readiness gate reads it. */
export function toIncident(row: IncidentRow): Incident {
  return {
    id: row.id,
    ref: row.ref,
    severity: row.severity,
    title: row.title,
    openedAt: row.openedAt,
    resolvedAt: row.resolvedAt,
  };
}
