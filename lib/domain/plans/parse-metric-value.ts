import type { MetricValue } from "./plan-types";

// Units as DataFusion prints metric values (docs/plan-formats.md, hazard 7). Durations come from Rust's Duration
// Debug format, sizes from human_readable_size (powers of 1024), counts from
// human_readable_count (K, M, B = billion, T).
const DURATION_NS: Record<string, number> = { ns: 1, µs: 1e3, μs: 1e3, us: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const SIZE_BYTES: Record<string, number> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
  PB: 1024 ** 5,
};
const COUNT_FACTOR: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
const DURATION_RE = new RegExp(`^(${NUMBER})\\s*(ns|µs|μs|us|ms|s|m|h)$`);
const SUFFIXED_RE = new RegExp(`^(${NUMBER})\\s*(B|KB|MB|GB|TB|PB|K|M|T)$`);
const PERCENT_RE = new RegExp(`^(${NUMBER})\\s*%`);
const PLAIN_RE = new RegExp(`^${NUMBER}$`);

/** "B" is both bytes and billions; the metric's name says which (spilled_bytes, build_mem_used). */
function isSizeMetric(name: string): boolean {
  return /byte|mem|size/i.test(name) && !/count|rows|batches/i.test(name);
}

/** Legacy (2021-era) metrics are camelCase and print times as bare nanoseconds: `sendTime=839560`. */
function isLegacyNanosTime(name: string): boolean {
  return /[a-z]Time$/.test(name);
}

export function parseMetricValue(name: string, raw: string): MetricValue {
  const text = raw.trim();
  const result = (value: number | null, unit: string | null): MetricValue => ({
    raw: text,
    value: value !== null && Number.isFinite(value) ? value : null,
    unit: value !== null && Number.isFinite(value) ? unit : null,
  });

  const duration = DURATION_RE.exec(text);
  if (duration) return result(Number(duration[1]) * (DURATION_NS[duration[2] as string] ?? NaN), "ns");

  const suffixed = SUFFIXED_RE.exec(text);
  if (suffixed) {
    const amount = Number(suffixed[1]);
    const suffix = suffixed[2] as string;
    if (suffix === "B" ? isSizeMetric(name) : suffix in SIZE_BYTES)
      return result(amount * (SIZE_BYTES[suffix] ?? NaN), "B");
    return result(amount * (COUNT_FACTOR[suffix] ?? NaN), null);
  }

  const percent = PERCENT_RE.exec(text);
  if (percent) return result(Number(percent[1]), "%");

  if (PLAIN_RE.test(text)) {
    if (isLegacyNanosTime(name)) return result(Number(text), "ns");
    return result(Number(text), isSizeMetric(name) ? "B" : null);
  }
  return result(null, null);
}
