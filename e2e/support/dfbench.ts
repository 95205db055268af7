/** A small dfbench (`dfbench tpch ... -o FILE`) result: medians in ms per query, null = the query failed. */
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
      arguments: ["tpch", "--iterations", "3"],
    },
    queries: Object.entries(medians).map(([query, ms]) => ({
      query,
      iterations: ms === null ? [] : [ms * 1.02, ms, ms * 0.99].map((elapsed) => ({ elapsed, row_count: rows })),
      start_time: 1764000000,
      success: ms !== null,
    })),
  };
}
