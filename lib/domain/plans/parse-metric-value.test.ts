import { describe, expect, it } from "vitest";
import { parseMetricsList } from "./parse-metrics-list";
import { parseMetricValue } from "./parse-metric-value";

describe("parseMetricValue", () => {
  it.each([
    // durations -> nanoseconds
    ["elapsed_compute", "16ns", 16, "ns"],
    ["elapsed_compute", "2.375µs", 2375, "ns"],
    ["elapsed_compute", "2.375μs", 2375, "ns"], // Greek mu instead of the micro sign
    ["elapsed_compute", "7.243038ms", 7_243_038, "ns"],
    ["elapsed_compute", "1.36923816s", 1_369_238_160, "ns"],
    ["time_elapsed_opening", "308.203002ms", 308_203_002, "ns"],
    // sizes -> bytes (1 KB = 1024 B, as DataFusion's human_readable_size prints them)
    ["output_bytes", "44.0 B", 44, "B"],
    ["output_bytes", "128.0 KB", 131_072, "B"],
    ["peak_mem_used", "9.2 KB", 9.2 * 1024, "B"],
    ["spilled_bytes", "2.5 MB", 2.5 * 1024 ** 2, "B"],
    ["bytes_scanned", "3703192723", 3_703_192_723, "B"],
    // counts, with K/M/B suffixes (B = billion for a count)
    ["output_rows", "811821", 811_821, null],
    ["output_rows", "2.23 K", 2230, null],
    ["output_rows", "1.5 M", 1_500_000, null],
    ["output_rows", "1.5 B", 1_500_000_000, null],
    ["spill_count", "0", 0, null],
    // percentages keep their ratio text in raw
    ["scan_efficiency_ratio", "21.75% (485/2.23 K)", 21.75, "%"],
    ["selectivity", "50% (1/2)", 50, "%"],
    // legacy camelCase times are raw nanoseconds
    ["sendTime", "839560", 839_560, "ns"],
    ["outputRows", "2", 2, null],
  ])("%s=%s -> %d %s", (name, raw, value, unit) => {
    const parsed = parseMetricValue(name, raw);
    expect(parsed.raw).toBe(raw);
    expect(parsed.value).toBeCloseTo(value as number, 3);
    expect(parsed.unit).toBe(unit);
  });

  it.each([
    ["row_groups_pruned_statistics", "4 total → 3 matched -> 1 fully matched"],
    ["files_ranges_pruned_statistics", "1 total → 1 matched"],
    ["scan_efficiency_ratio", "N/A (0/0)"],
    ["whatever", ""],
    ["whatever", "fast"],
  ])("%s=%s keeps raw text without a number", (name, raw) => {
    expect(parseMetricValue(name, raw)).toEqual({ raw, value: null, unit: null });
  });
});

describe("parseMetricsList", () => {
  it("reads every entry of a metrics group", () => {
    const { metrics, warnings } = parseMetricsList(
      "[output_rows=5, elapsed_compute=2.375µs, row_groups_pruned_statistics=4 total → 3 matched]",
    );
    expect(Object.keys(metrics)).toEqual(["output_rows", "elapsed_compute", "row_groups_pruned_statistics"]);
    expect(warnings).toEqual([]);
  });

  it("reads an empty group", () => {
    expect(parseMetricsList("[]")).toEqual({ metrics: {}, warnings: [] });
  });

  it("skips docs elisions, even glued to the next entry, and says so", () => {
    const { metrics, warnings } = parseMetricsList("[output_rows=1, ... bytes_scanned=3, ...  time=2ms, ...]");
    expect(Object.keys(metrics)).toEqual(["output_rows", "bytes_scanned", "time"]);
    expect(warnings).toEqual(["metrics contain '...' elisions; some metrics are missing"]);
  });

  it("keeps repeated names apart and flags entries without a value", () => {
    const { metrics, warnings } = parseMetricsList("[a=1, a=2, oops]");
    expect(metrics).toMatchObject({ a: { value: 1 }, "a#2": { value: 2 } });
    expect(warnings).toEqual(['metric "oops" has no name=value form']);
  });
});
