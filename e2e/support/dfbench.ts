/**
 * A small dfbench (`dfbench tpch --iterations 5 ... -o FILE`) result: medians in ms per query, null =
 * the query failed. Five iterations: the fewest a rank test can call significant against five.
 */
export function dfbench(
  medians: Record<string, number | null>,
  { version = "53.1.0", rows = 4 }: { version?: string; rows?: number } = {},
) {
  return {
    context: {
      benchmark_version: version,
      datafusion_version: version,
      num_cpus: 4,
      start_time: 1764000000,
      arguments: ["tpch", "--iterations", "5"],
    },
    queries: Object.entries(medians).map(([query, ms]) => ({
      query,
      iterations:
        ms === null
          ? []
          : [ms * 1.02, ms * 1.01, ms, ms * 0.995, ms * 0.99].map((elapsed) => ({ elapsed, row_count: rows })),
      start_time: 1764000000,
      success: ms !== null,
    })),
  };
}
