import type { RunComparison } from "@/lib/domain/benchmarks/types";
import type { ParseProblem } from "@/lib/domain/plans/plan-types";

// What the release page shows of the evidence a pipeline pushed (lib/server/ingest/get-release-evidence.ts).

export interface BenchmarkEvidenceView {
  candidate: { id: string; label: string | null; format: string; createdAt: Date; engineVersion: string | null };
  baseline: { id: string; label: string | null; createdAt: Date; engineVersion: string | null };
  comparison: RunComparison;
  measurement: { kpiKey: string; value: number } | null;
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
  summary: string[];
}

export interface ReleaseEvidenceView {
  benchmark: BenchmarkEvidenceView | null;
  plans: ReleasePlanView[];
}
