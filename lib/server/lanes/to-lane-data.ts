import "server-only";
import type { LaneData, Person } from "@/lib/domain/readiness/types";
import type { LaneGateRow } from "@/lib/server/lanes/lane-data-query";
import { toIncident } from "@/lib/server/incidents/to-incident";
import { toMeasurement } from "@/lib/server/measurements/to-measurement";
import { toRegression } from "@/lib/server/regressions/to-regression";
import { toKpiTarget } from "@/lib/server/targets/to-kpi-target";

const UNKNOWN: Person = { id: "unknown", name: "an unknown person" };

/** What the gate reads of a lane: the narrow gate select; the pages' full include is a superset. */
export type LaneGateInput = Omit<LaneGateRow, "readinessRow" | "readiness">;

/** Maps a lane's rows to the plain data the readiness gate reads. Only approved versions count. */
export function toLaneData(row: LaneGateInput): LaneData {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    stage: row.stage,
    leftProposedAt: row.leftProposedAt,
    policy: {
      requiredStableReleases: row.requiredStableReleases,
      recoveryLimitSeconds: row.recoveryLimitSeconds,
      drillMaxAgeDays: row.drillMaxAgeDays,
    },
    targetVersions: row.targetVersions.flatMap((v) =>
      v.status === "APPROVED" && v.effectiveFrom
        ? [
            {
              version: v.version,
              effectiveFrom: v.effectiveFrom,
              targets: v.targets.map(toKpiTarget),
            },
          ]
        : [],
    ),
    assignments: row.assignments.map((a) => ({
      role: a.role,
      person: { id: a.user.id, name: a.user.name },
      assignedAt: a.assignedAt,
      endedAt: a.endedAt,
    })),
    releases: row.releases.map((r) => ({
      id: r.id,
      versionLabel: r.versionLabel,
      engineVersion: r.engineVersion,
      deployedAt: r.deployedAt,
      observationEndsAt: r.observationEndsAt,
      rolledBackAt: r.rolledBackAt,
      measurements: r.measurements.map(toMeasurement),
      incidents: r.incidents.map(toIncident),
      regressions: r.regressions.map(toRegression),
    })),
    rollbackDesign: row.rollbackDesign
      ? {
          runbookUrl: row.rollbackDesign.runbookUrl,
          rollbackTarget: row.rollbackDesign.rollbackTarget,
          drills: row.drills.map((d) => ({ performedAt: d.performedAt, recoverySeconds: d.recoverySeconds })),
        }
      : null,
    planSnapshots: row.planSnapshots.map((p) => ({ queryName: p.queryName, capturedAt: p.capturedAt })),
    overrides: row.stageChanges.flatMap((c) =>
      c.overrideKind
        ? [
            {
              kind: c.overrideKind,
              at: c.at,
              by: c.changedBy ? { id: c.changedBy.id, name: c.changedBy.name } : UNKNOWN,
              reason: c.reason ?? "",
            },
          ]
        : [],
    ),
  };
}
