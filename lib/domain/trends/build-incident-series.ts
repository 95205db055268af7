import type { Release } from "../readiness/types";

export interface IncidentSeriesRow {
  releaseId: string;
  label: string;
  P1: number;
  P2: number;
  P3: number;
  P4: number;
  total: number;
}

/** Incidents per deployed release by severity, oldest deployment first (stacked bars). */
export function buildIncidentSeries({ releases }: { releases: readonly Release[] }): IncidentSeriesRow[] {
  return releases
    .flatMap((r) => (r.deployedAt ? [{ r, at: r.deployedAt.getTime() }] : []))
    .sort((a, b) => a.at - b.at)
    .map(({ r }) => {
      const row: IncidentSeriesRow = { releaseId: r.id, label: r.versionLabel, P1: 0, P2: 0, P3: 0, P4: 0, total: 0 };
      for (const incident of r.incidents) {
        row[incident.severity] += 1;
        row.total += 1;
      }
      return row;
    });
}
