import type { RunComparison } from "@/lib/domain/benchmarks/types";
import type { OperatorRegression } from "@/lib/domain/plans/find-operator-regressions";
import type { ParseProblem } from "@/lib/domain/plans/plan-types";
import type { MeasurementInterval } from "@/lib/domain/readiness/types";

// What the release page shows of the evidence a pipeline pushed (lib/server/ingest/get-release-evidence.ts).

export interface BenchmarkEvidenceView {
  candidate: { id: string; label: string | null; format: string; createdAt: Date; engineVersion: string | null };
  baseline: { id: string; label: string | null; createdAt: Date; engineVersion: string | null };
  comparison: RunComparison;
  measurement: { id: string; kpiKey: string; value: number; interval: MeasurementInterval | null } | null;
  kpi: { kpiKey: string; baseline: number; targetKind: "ABSOLUTE" | "RELATIVE"; targetValue: number } | null;
}

export interface ReleasePlanView {
  id: string;
  queryName: string;
  capturedAt: Date;
  format: string;
  problems: ParseProblem[];
  /** The earlier release whose plan of the same query this one is compared with. */
  previousRelease: string | null;
  changed: boolean;
  /** Ranked: index and structural changes first (docs/plan-formats.md, "Diff order"). */
  summary: string[];
  /** Operators whose ANALYZE metrics moved beyond noise (empty for plans without metrics). */
  operators: OperatorRegression[];
}

export interface ReleaseEvidenceView {
  benchmark: BenchmarkEvidenceView | null;
  plans: ReleasePlanView[];
}
