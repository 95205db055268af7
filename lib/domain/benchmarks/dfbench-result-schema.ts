import * as z from "zod";

// Shape written by `dfbench <subcommand> ... -o <file>` (DataFusion benchmarks/src/util/run.rs).
// Objects are loose: the runner has grown fields over time (`success` in 2025) and may again, and an
// unknown extra key is no reason to refuse a run. Only the fields we read are checked.

/** A Unix timestamp in seconds stays below this; a bigger value is almost surely milliseconds. */
const MAX_UNIX_SECONDS = 1e11;

const ZUnixSeconds = z
  .number()
  .int({ error: "start_time must be a whole number of Unix seconds" })
  .nonnegative({ error: "start_time must not be negative (Unix seconds)" })
  .max(MAX_UNIX_SECONDS, {
    error: "start_time is too large for Unix seconds: dfbench writes seconds, not milliseconds",
  });

/** About 11.6 days in ms: no real iteration is longer, and a cap keeps workload totals finite. */
const MAX_ELAPSED_MS = 1e9;

const ZIteration = z.looseObject({
  // Duration::as_secs_f64() * 1000, so milliseconds with a fraction.
  elapsed: z
    .number()
    .nonnegative({ error: (iss) => `elapsed must be a non-negative number of milliseconds, got ${String(iss.input)}` })
    .max(MAX_ELAPSED_MS, { error: `elapsed above ${MAX_ELAPSED_MS} ms is not plausible for one iteration` }),
  row_count: z
    .number()
    .int({ error: "row_count must be a whole number" })
    .nonnegative({ error: "row_count must not be negative" }),
});

const ZQuery = z.looseObject({
  // Current runners write a case id string ("Query 1"); the pre-2023 tpch binary wrote the bare integer.
  query: z.union([z.string().min(1), z.number().int().nonnegative()], {
    error: 'query must be a case id string such as "Query 1" or a non-negative integer (older files)',
  }),
  // Empty when the query failed: the runner records no iteration for a case that errored.
  iterations: z.array(ZIteration),
  start_time: ZUnixSeconds.optional(),
  // Added in 2025 (PR #16182); absent in older files, which then count as successful.
  success: z.boolean().optional(),
});

const ZContext = z.looseObject({
  benchmark_version: z.string().optional(),
  datafusion_version: z.string().optional(),
  num_cpus: z.number().int().positive().optional(),
  start_time: ZUnixSeconds.optional(),
  arguments: z.array(z.string()).optional(),
});

export const ZDfbenchResult = z.looseObject({
  context: ZContext,
  queries: z.array(ZQuery).min(1, { error: "queries is empty: a benchmark run needs at least one query" }),
});

export type TDfbenchResult = z.infer<typeof ZDfbenchResult>;
