import "server-only";
import type { BenchmarkFormat, BenchmarkQuery, BenchmarkRun } from "@/lib/domain/benchmarks/types";

type StoredRun = {
  format: string;
  engineVersion: string | null;
  machine: string | null;
  startedAt: Date | null;
  queries: unknown;
};

/** Rebuilds the domain BenchmarkRun from a stored row (queries were stored normalised). */
export function toBenchmarkRun(row: StoredRun): BenchmarkRun {
  return {
    format: row.format as BenchmarkFormat,
    engineVersion: row.engineVersion,
    machine: row.machine,
    startedAt: row.startedAt,
    system: null,
    benchmark: null,
    queries: row.queries as BenchmarkQuery[],
  };
}
