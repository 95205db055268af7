import type { Incident, Severity } from "../readiness/types";

export const SEVERITIES: readonly Severity[] = ["P1", "P2", "P3", "P4"];

/** Incidents per severity, every severity present (0 when none). */
export function countIncidentsBySeverity({ incidents }: { incidents: readonly Pick<Incident, "severity">[] }) {
  const counts: Record<Severity, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
  for (const i of incidents) counts[i.severity] += 1;
  return counts;
}
