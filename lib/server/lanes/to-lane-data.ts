import "server-only";
import type { LaneData, Person } from "@/lib/domain/readiness/types";
import type { LaneRow } from "@/lib/server/lanes/lane-data-query";
import { toMeasurementInterval } from "@/lib/server/ingest/to-measurement-interval";

const UNKNOWN: Person = { id: "unknown", name: "an unknown person" };

/** Maps a lane's rows to the plain data the readiness gate reads. Only approved versions count. */
export function toLaneData(row: LaneRow): LaneData {
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
              targets: v.targets.map((t) => ({
                kpiKey: t.kpiKey,
                label: t.label,
                unit: t.unit,
                direction: t.direction,
                baseline: t.baseline.toNumber(),
                targetKind: t.targetKind,
                targetValue: t.targetValue.toNumber(),
                stop: t.stopKind && t.stopValue ? { kind: t.stopKind, value: t.stopValue.toNumber() } : null,
                requiredConfidence: t.requiredConfidence?.toNumber() ?? null,
              })),
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
      measurements: r.measurements.map((m) => ({
        id: m.id,
        kpiKey: m.kpiKey,
        value: m.value.toNumber(),
        source: m.source,
        takenAt: m.takenAt,
        invalidatedAt: m.invalidatedAt,
        interval: toMeasurementInterval(m),
      })),
      incidents: r.incidents.map((i) => ({
        id: i.id,
        ref: i.ref,
        severity: i.severity,
        title: i.title,
        openedAt: i.openedAt,
        resolvedAt: i.resolvedAt,
      })),
      regressions: r.regressions.map((g) => ({
        id: g.id,
        summary: g.summary,
        detectedAt: g.detectedAt,
        recoveredAt: g.recoveredAt,
        recoveredByRollback: g.recoveredByRollback,
        attributedTo: g.attributedTo,
      })),
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
