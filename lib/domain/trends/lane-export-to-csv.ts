import type { LaneExport } from "./lane-export-types";
import { type CsvCell, toCsv } from "./to-csv";

export const LANE_EXPORT_COLUMNS = [
  "record_type",
  "release",
  "time",
  "item",
  "value",
  "unit",
  "status",
  "detail",
  "ended_at",
] as const;

/**
 * A lane's history as ONE CSV table: a record_type column tells releases, measurements, incidents,
 * regressions, decisions and readiness changes apart, so it opens (and filters) in any
 * spreadsheet without juggling several files.
 */
export function laneExportToCsv(data: LaneExport): string {
  const rows: CsvCell[][] = [
    ...data.releases.map((r) => [
      "release",
      r.versionLabel,
      r.deployedAt,
      r.engineVersion,
      null,
      null,
      r.status,
      r.rollbackReason ? `Rolled back: ${r.rollbackReason}` : null,
      r.rolledBackAt ?? r.observationEndsAt,
    ]),
    ...data.measurements.map((m) => [
      "measurement",
      m.release,
      m.takenAt,
      m.kpiKey,
      m.value,
      m.unit,
      m.counted ? "counted" : (m.excludedBecause ?? "excluded"),
      [m.source, m.note].filter(Boolean).join(" · "),
      null,
    ]),
    ...data.incidents.map((i) => [
      "incident",
      i.release,
      i.openedAt,
      i.ref,
      null,
      null,
      i.severity,
      i.title,
      i.resolvedAt,
    ]),
    ...data.regressions.map((g) => [
      "regression",
      g.release,
      g.detectedAt,
      g.summary,
      g.recoveryMinutes,
      "min",
      g.recoveredAt ? (g.recoveredByRollback ? "recovered by rollback" : "recovered") : "open",
      g.attributedTo ? `attributed to ${g.attributedTo.toLowerCase()}` : null,
      g.recoveredAt,
    ]),
    ...data.decisions.map((d) => ["decision", null, d.decidedAt, d.decidedBy, null, null, d.outcome, d.reason, null]),
    ...[...data.readinessHistory]
      .reverse()
      .map((h) => [
        "readiness_change",
        null,
        h.at,
        h.headline,
        h.streak.to,
        "stable releases",
        h.verdict,
        h.cause,
        null,
      ]),
  ];
  return toCsv({ columns: LANE_EXPORT_COLUMNS, rows });
}
