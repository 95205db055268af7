import type { ReadinessChangeDescription } from "./describe-readiness-change";

/** A lane's full history as exported (JSON as-is; CSV via laneExportToCsv). Dates are ISO strings in JSON. */
export interface LaneExport {
  lane: {
    slug: string;
    name: string;
    stage: string;
    owningTeam: string;
    verdict: string;
    streak: number;
    exportedAt: Date;
  };
  releases: {
    versionLabel: string;
    engineVersion: string;
    status: string;
    deployedAt: Date | null;
    observationEndsAt: Date | null;
    rolledBackAt: Date | null;
    rollbackReason: string | null;
  }[];
  measurements: {
    release: string;
    kpiKey: string;
    value: number;
    unit: string | null;
    source: string;
    takenAt: Date;
    counted: boolean;
    excludedBecause: string | null;
    note: string | null;
  }[];
  incidents: {
    release: string | null;
    ref: string;
    severity: string;
    title: string;
    openedAt: Date;
    resolvedAt: Date | null;
  }[];
  regressions: {
    release: string;
    summary: string;
    detectedAt: Date;
    recoveredAt: Date | null;
    recoveryMinutes: number | null;
    recoveredByRollback: boolean;
    attributedTo: string | null;
  }[];
  decisions: { outcome: string; reason: string; decidedBy: string | null; decidedAt: Date; needsReview: boolean }[];
  readinessHistory: ReadinessChangeDescription[];
}
