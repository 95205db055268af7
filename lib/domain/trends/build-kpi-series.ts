import { selectCountingMeasurement } from "../readiness/select-counting-measurement";
import type { Direction, KpiResult, LaneData, LaneEvaluation, Measurement } from "../readiness/types";

export type ExclusionReason = "synthetic" | "invalidated" | "superseded";

export interface KpiSeriesRow {
  releaseId: string;
  label: string;
  deployedAt: Date;
  /** The measurement that counts (the gate's choice); null when none counts. */
  value: number | null;
  /** Lines of the target version the release is judged by; null when none was in force. */
  baseline: number | null;
  target: number | null;
  stop: number | null;
  met: boolean | null;
  /** Latest excluded value of each kind, for the chart's distinct markers. */
  synthetic: number | null;
  invalidated: number | null;
  superseded: number | null;
  /** Every excluded measurement, for the data table. */
  excluded: { value: number; reason: ExclusionReason; takenAt: Date }[];
}

export interface KpiSeries {
  kpiKey: string;
  label: string;
  unit: string;
  direction: Direction;
  rows: KpiSeriesRow[];
}

// Invalidation wins over synthetic: the row was withdrawn, whatever its source.
function exclusionOf(m: Measurement, countingId: string | null): ExclusionReason | null {
  if (m.invalidatedAt !== null) return "invalidated";
  if (m.source === "SYNTHETIC") return "synthetic";
  return m.id === countingId ? null : "superseded";
}

/**
 * One series per KPI of the lane's targets: each deployed release, oldest deployment first, with
 * the value that counts against the lines it is judged by. Synthetic, invalidated and superseded
 * measurements are kept apart so the chart can show them without letting them count.
 */
export function buildKpiSeries({ lane, evaluation }: { lane: LaneData; evaluation: LaneEvaluation }): KpiSeries[] {
  const results = new Map(evaluation.releases.map((r) => [r.releaseId, new Map(r.kpis.map((k) => [k.kpiKey, k]))]));
  const kpis = new Map<string, Pick<KpiResult, "kpiKey" | "label" | "unit" | "direction">>();
  const newestVersion = lane.targetVersions.reduce<LaneData["targetVersions"][number] | null>(
    (acc, v) => (acc === null || v.version > acc.version ? v : acc),
    null,
  );
  for (const t of newestVersion?.targets ?? []) kpis.set(t.kpiKey, t);
  for (const r of evaluation.releases) for (const k of r.kpis) if (!kpis.has(k.kpiKey)) kpis.set(k.kpiKey, k);

  const deployed = lane.releases
    .flatMap((r) => (r.deployedAt ? [{ release: r, deployedAt: r.deployedAt }] : []))
    .sort(
      (a, b) =>
        a.deployedAt.getTime() - b.deployedAt.getTime() || a.release.versionLabel.localeCompare(b.release.versionLabel),
    );

  return [...kpis.values()].map((kpi) => ({
    kpiKey: kpi.kpiKey,
    label: kpi.label,
    unit: kpi.unit,
    direction: kpi.direction,
    rows: deployed.map(({ release, deployedAt }) => {
      const counting = selectCountingMeasurement({ measurements: release.measurements, kpiKey: kpi.kpiKey });
      const result = results.get(release.id)?.get(kpi.kpiKey) ?? null;
      const excluded = release.measurements
        .filter((m) => m.kpiKey === kpi.kpiKey)
        .flatMap((m) => {
          const reason = exclusionOf(m, counting?.id ?? null);
          return reason ? [{ value: m.value, reason, takenAt: m.takenAt }] : [];
        });
      const latest = (reason: ExclusionReason) => excluded.filter((e) => e.reason === reason).at(-1)?.value ?? null;
      return {
        releaseId: release.id,
        label: release.versionLabel,
        deployedAt,
        value: counting?.value ?? null,
        baseline: result?.baseline ?? null,
        target: result?.threshold ?? null,
        stop: result?.stopThreshold ?? null,
        met: result && counting ? result.met : null,
        synthetic: latest("synthetic"),
        invalidated: latest("invalidated"),
        superseded: latest("superseded"),
        excluded,
      };
    }),
  }));
}
