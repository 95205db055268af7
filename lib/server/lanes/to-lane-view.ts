import "server-only";
import { chooseTargetsAction } from "@/lib/domain/lanes/choose-targets-action";
import { findPausedFrom } from "@/lib/domain/lanes/find-paused-from";
import type { LaneView } from "@/lib/views/lane-view";
import type { LaneRow } from "@/lib/server/lanes/lane-data-query";
import { toIncident } from "@/lib/server/incidents/to-incident";
import { toMeasurement } from "@/lib/server/measurements/to-measurement";
import { toRegression } from "@/lib/server/regressions/to-regression";
import { toKpiTarget } from "@/lib/server/targets/to-kpi-target";

/** A lane's rows as the lane and release pages show them. */
export function toLaneView(row: LaneRow): LaneView {
  const targetVersions = row.targetVersions.map((v) => ({
    id: v.id,
    version: v.version,
    revision: v.revision,
    status: v.status,
    reason: v.reason,
    effectiveFrom: v.effectiveFrom,
    frozenAt: v.frozenAt,
    approvedByName: v.approvedBy?.name ?? null,
    targets: v.targets.map((t) => ({ id: t.id, ...toKpiTarget(t) })),
  }));
  const labels = new Map(row.releases.map((r) => [r.id, r.versionLabel]));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    workload: row.workload,
    owningTeam: row.team.name,
    team: row.team.slug,
    engineVersion: row.engineVersion,
    stage: row.stage,
    version: row.version,
    requiredStableReleases: row.requiredStableReleases,
    recoveryLimitSeconds: row.recoveryLimitSeconds,
    drillMaxAgeDays: row.drillMaxAgeDays,
    pausedFrom: findPausedFrom(row),
    ownerIds: row.assignments.filter((a) => a.endedAt === null).map((a) => a.userId),
    assignments: row.assignments.map((a) => ({
      id: a.id,
      role: a.role,
      userId: a.userId,
      userName: a.user.name,
      assignedByName: a.assignedBy?.name ?? null,
      assignedAt: a.assignedAt,
      endedAt: a.endedAt,
      reason: a.reason,
    })),
    targetVersions,
    targetsAction: chooseTargetsAction({
      versions: targetVersions,
      deployments: row.releases.flatMap((r) => (r.deployedAt ? [r.deployedAt] : [])),
    }),
    rollbackDesign: row.rollbackDesign
      ? {
          runbookUrl: row.rollbackDesign.runbookUrl,
          rollbackTarget: row.rollbackDesign.rollbackTarget,
          version: row.rollbackDesign.version,
        }
      : null,
    drills: row.drills.map((d) => ({
      id: d.id,
      performedAt: d.performedAt,
      recoverySeconds: d.recoverySeconds,
      notes: d.notes,
    })),
    planSnapshots: row.planSnapshots.map((p) => ({
      id: p.id,
      queryName: p.queryName,
      capturedAt: p.capturedAt,
      releaseLabel: p.releaseId ? (labels.get(p.releaseId) ?? null) : null,
    })),
    releases: row.releases.map((r) => ({
      id: r.id,
      versionLabel: r.versionLabel,
      engineVersion: r.engineVersion,
      notes: r.notes,
      version: r.version,
      deployedAt: r.deployedAt,
      observationEndsAt: r.observationEndsAt,
      rolledBackAt: r.rolledBackAt,
      rollbackReason: r.rollbackReason,
      measurements: r.measurements.map((m) => ({
        ...toMeasurement(m),
        invalidationReason: m.invalidationReason,
        version: m.version,
      })),
      incidents: r.incidents.map((i) => ({ ...toIncident(i), version: i.version })),
      regressions: r.regressions.map((g) => ({ ...toRegression(g), planChange: g.planChange, version: g.version })),
    })),
  };
}
