import "server-only";
import { z } from "zod";
import { BENCHMARK_FORMATS, type BenchmarkQuery, type BenchmarkRun } from "@/lib/domain/benchmarks/types";

type StoredRun = {
  format: string;
  engineVersion: string | null;
  machine: string | null;
  startedAt: Date | null;
  queries: unknown;
};

// The queries column is JSON written by pushBenchmarkRun (normalised BenchmarkQuery rows): read
// back through this schema, so a row changed by hand cannot reach the comparison as another shape.
const ZStoredQueries = z.array(
  z.object({
    queryId: z.string(),
    position: z.number().int(),
    status: z.enum(["ok", "failed", "partial"]),
    iterationsMs: z.array(z.number().nullable()),
    medianMs: z.number().nullable(),
    minMs: z.number().nullable(),
    rowCount: z.number().nullable(),
    rowCountVaries: z.boolean(),
    failedIterations: z.number().int(),
  }) satisfies z.ZodType<BenchmarkQuery>,
);

/** Rebuilds the domain BenchmarkRun from a stored row; an unreadable row has no queries to compare. */
export function toBenchmarkRun(row: StoredRun): BenchmarkRun {
  const format = z.enum(BENCHMARK_FORMATS).catch("dfbench").parse(row.format);
  return {
    format,
    engineVersion: row.engineVersion,
    machine: row.machine,
    startedAt: row.startedAt,
    system: null,
    benchmark: null,
    queries: ZStoredQueries.catch([]).parse(row.queries),
  };
}
