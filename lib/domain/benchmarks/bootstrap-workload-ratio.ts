import { DEFAULT_CONFIDENCE } from "./judge-latency-change";

/** Resamples per interval: enough for a stable 95% percentile interval, cheap at page-load time. */
export const BOOTSTRAP_RESAMPLES = 1000;
const SEED = 0x5eed;

/** mulberry32: a small seeded generator, so the same runs always give the same interval. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/**
 * Percentile-bootstrap interval of the workload ratio: Σ candidate medians / Σ baseline medians
 * over the same queries (the latency KPI's ratio). Each resample draws every query's samples with
 * replacement on both sides. Null when a query has no sample on a side.
 */
export function bootstrapWorkloadRatio({
  queries,
  confidence = DEFAULT_CONFIDENCE,
  resamples = BOOTSTRAP_RESAMPLES,
}: {
  queries: ReadonlyArray<{ baselineMs: readonly number[]; candidateMs: readonly number[] }>;
  confidence?: number;
  resamples?: number;
}): { low: number; high: number } | null {
  if (queries.length === 0 || queries.some((q) => q.baselineMs.length === 0 || q.candidateMs.length === 0)) return null;
  const next = random(SEED);
  const ratios = new Float64Array(resamples);
  const draw = (values: readonly number[]) => {
    const out = new Array<number>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = values[Math.floor(next() * values.length)] as number;
    return median(out);
  };
  for (let r = 0; r < resamples; r++) {
    let base = 0;
    let cand = 0;
    for (const q of queries) {
      base += draw(q.baselineMs);
      cand += draw(q.candidateMs);
    }
    ratios[r] = base > 0 ? cand / base : Number.NaN;
  }
  const sorted = [...ratios].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const tail = (1 - confidence) / 2;
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))] as number;
  return { low: at(tail), high: at(1 - tail) };
}
