import * as z from "zod";

// ClickBench result JSON (ClickHouse/ClickBench `datafusion*/results/<date>/<machine>.json`).
// Loose: optional keys (`tuned`, `proprietary`, `hardware`, `concurrent_qps`, ...) come and go
// between files, and we read only system, date, machine and result.

/** ClickBench's fixed query list, Q0..Q42; rows are positional, so the count must be exact. */
export const CLICKBENCH_QUERY_COUNT = 43;
/** The shared driver runs every query this many times (BENCH_TRIES=3): run 1 cold, runs 2-3 hot. */
export const CLICKBENCH_RUNS_PER_QUERY = 3;

/** About 11.6 days: no real run is longer, and a cap keeps totals finite after the ms conversion. */
const MAX_RUN_SECONDS = 1e6;

// One run in SECONDS; null = that run failed or timed out.
const ZRunSeconds = z
  .number({ error: "a run must be a number of seconds or null (failed run)" })
  .nonnegative({ error: "a run time must not be negative" })
  .max(MAX_RUN_SECONDS, { error: `a run time above ${MAX_RUN_SECONDS} s is not plausible` })
  .nullable();

const ZRow = z
  .array(ZRunSeconds, { error: "each result row must be an array of run times" })
  .length(CLICKBENCH_RUNS_PER_QUERY, {
    error: (iss) =>
      `each result row must have exactly ${CLICKBENCH_RUNS_PER_QUERY} runs (seconds or null), got ${Array.isArray(iss.input) ? iss.input.length : "?"}`,
  });

export const ZClickbenchResult = z.looseObject({
  system: z.string().min(1, { error: "system must not be empty" }),
  date: z.iso.date({ error: "date must be a calendar date written YYYY-MM-DD" }),
  machine: z.string().min(1, { error: "machine must not be empty" }),
  result: z.array(ZRow).length(CLICKBENCH_QUERY_COUNT, {
    error: (iss) =>
      `result must have exactly ${CLICKBENCH_QUERY_COUNT} rows (queries Q0..Q42), got ${Array.isArray(iss.input) ? iss.input.length : "?"}`,
  }),
});

export type TClickbenchResult = z.infer<typeof ZClickbenchResult>;
