import "server-only";
import type { LaneExport } from "@/lib/domain/trends/lane-export-types";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { recoveryMinutes } from "@/lib/domain/readiness/recovery-seconds";
import { selectCountingMeasurement } from "@/lib/domain/readiness/select-counting-measurement";
import { describeReadinessHistory } from "@/lib/domain/trends/describe-readiness-change";
import type { Db } from "@/lib/server/db-types";
import { getLaneDetail } from "@/lib/server/lanes/get-lane-detail";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";

/** A lane's full history for stakeholders who report elsewhere (export.json / export.csv). */
export async function getLaneExport({ db, slug, now }: { db: Db; slug: string; now: Date }): Promise<LaneExport> {
  const { row, data, evaluation } = await getLaneDetail({ db, slug, now });
  const [decisions, history] = await Promise.all([
    db.decision.findMany({
      where: { laneId: row.id },
      orderBy: { decidedAt: "asc" },
      include: { decidedBy: { select: { name: true } } },
    }),
    loadReadinessHistory({ db, laneIds: [row.id] }),
  ]);
  const statusOf = new Map(evaluation.releases.map((r) => [r.releaseId, r.status]));
  const series = buildKpiSeries({ lane: data, evaluation });
  const unitOf = new Map(series.map((s) => [s.kpiKey, s.unit]));
  const releases = [...row.releases].sort(
    (a, b) => (a.deployedAt?.getTime() ?? Infinity) - (b.deployedAt?.getTime() ?? Infinity),
  );
  const labelOf = new Map(row.releases.map((r) => [r.id, r.versionLabel]));
  return {
    lane: {
      slug: row.slug,
      name: row.name,
      stage: row.stage,
      owningTeam: row.team.name,
      verdict: evaluation.verdict,
      streak: evaluation.streak,
      exportedAt: now,
    },
    releases: releases.map((r) => ({
      versionLabel: r.versionLabel,
      engineVersion: r.engineVersion,
      status: statusOf.get(r.id) ?? "PLANNED",
      deployedAt: r.deployedAt,
      observationEndsAt: r.observationEndsAt,
      rolledBackAt: r.rolledBackAt,
      rollbackReason: r.rollbackReason,
    })),
    measurements: releases.flatMap((r) => {
      const measured = data.releases.find((d) => d.id === r.id)?.measurements ?? [];
      return measured.map((m, i) => {
        const counted = selectCountingMeasurement({ measurements: measured, kpiKey: m.kpiKey })?.id === m.id;
        const why = counted
          ? null
          : m.invalidatedAt
            ? "invalidated"
            : m.source === "SYNTHETIC"
              ? "synthetic"
              : unitOf.has(m.kpiKey)
                ? "superseded"
                : "not a target KPI";
        const rowM = r.measurements[i];
        return {
          release: r.versionLabel,
          kpiKey: m.kpiKey,
          value: m.value,
          unit: unitOf.get(m.kpiKey) ?? null,
          source: m.source,
          takenAt: m.takenAt,
          counted,
          excludedBecause: why,
          note: rowM?.invalidationReason ?? rowM?.note ?? null,
        };
      });
    }),
    incidents: releases.flatMap((r) =>
      r.incidents.map((i) => ({
        release: labelOf.get(r.id) ?? null,
        ref: i.ref,
        severity: i.severity,
        title: i.title,
        openedAt: i.openedAt,
        resolvedAt: i.resolvedAt,
      })),
    ),
    regressions: releases.flatMap((r) =>
      r.regressions.map((g) => ({
        release: r.versionLabel,
        summary: g.summary,
        detectedAt: g.detectedAt,
        recoveredAt: g.recoveredAt,
        recoveryMinutes: recoveryMinutes(g),
        recoveredByRollback: g.recoveredByRollback,
        attributedTo: g.attributedTo,
      })),
    ),
    decisions: decisions.map((d) => ({
      outcome: d.outcome,
      reason: d.reason,
      decidedBy: d.decidedBy?.name ?? null,
      decidedAt: d.decidedAt,
      needsReview: d.needsReview,
    })),
    readinessHistory: describeReadinessHistory({ history }),
  };
}
