import type { TDfbenchResult } from "./dfbench-result-schema";
import { summarizeTimings } from "./summarize-timings";
import type { BenchmarkQuery, BenchmarkRun } from "./types";

type DfbenchQuery = TDfbenchResult["queries"][number];

/** Turn a validated dfbench result into a BenchmarkRun. `elapsed` is already in ms: no conversion. */
export function normalizeDfbenchResult(data: TDfbenchResult): BenchmarkRun {
  const { context } = data;
  return {
    format: "dfbench",
    engineVersion: context.datafusion_version ?? null,
    startedAt: context.start_time === undefined ? null : new Date(context.start_time * 1000),
    machine: null,
    system: null,
    benchmark: context.arguments?.[0] ?? null,
    queries: data.queries.map(normalizeQuery),
  };
}

function normalizeQuery(query: DfbenchQuery, position: number): BenchmarkQuery {
  const iterationsMs = query.iterations.map((iteration) => iteration.elapsed);
  const rowCounts = query.iterations.map((iteration) => iteration.row_count);
  const timing = summarizeTimings(iterationsMs);
  // compare.py treats `success: false` as FAIL even when some iterations were recorded before the
  // error, and an empty list means nothing ran; both must surface as failed, never as fast.
  const failed = query.success === false || iterationsMs.length === 0;
  return {
    queryId: toQueryId(query.query),
    position,
    status: failed ? "failed" : timing.status,
    iterationsMs,
    medianMs: failed ? null : timing.medianMs,
    minMs: failed ? null : timing.minMs,
    // The last iteration is the one a reader of the runner's log saw last; if iterations disagree
    // the query is nondeterministic, which rowCountVaries flags rather than hiding by picking one.
    rowCount: rowCounts.at(-1) ?? null,
    rowCountVaries: new Set(rowCounts).size > 1,
    // dfbench stops a case at its first error and does not record the failed attempt, so a failed
    // case stands for exactly one known failed run; the planned iteration count is not per case.
    failedIterations: failed ? 1 : 0,
  };
}

/**
 * The pre-2023 tpch binary wrote `query: 1`; today's tpch runner writes "Query 1" for the same
 * case. Mapping the integer to "Query N" lets an old baseline pair with a new candidate by id.
 */
function toQueryId(query: string | number): string {
  return typeof query === "number" ? `Query ${query}` : query;
}
