// Mann-Whitney U (Wilcoxon rank-sum) test and the Hodges-Lehmann shift with its distribution-free
// confidence interval, the pair that inverts the same test (docs/latency-verdicts.md).
// Exact null distribution while it is small enough to count and free of ties; otherwise the
// normal approximation with tie and continuity corrections.

const EXACT_MAX_CELLS = 2_500; // n1 * n2

/** Counts of U = 0..n1*n2 over all arrangements (no ties), and their total C(n1+n2, n1). */
function exactDistribution(n1: number, n2: number): { counts: Float64Array; total: number } {
  // f(i, j, u): arrangements of i x's and j y's with U = u; built up one element at a time.
  let prev: Float64Array[] = Array.from({ length: n2 + 1 }, () => new Float64Array(n1 * n2 + 1));
  for (let j = 0; j <= n2; j++) (prev[j] as Float64Array)[0] = 1;
  for (let i = 1; i <= n1; i++) {
    const next: Float64Array[] = Array.from({ length: n2 + 1 }, () => new Float64Array(n1 * n2 + 1));
    (next[0] as Float64Array)[0] = 1;
    for (let j = 1; j <= n2; j++) {
      const row = next[j] as Float64Array;
      const left = next[j - 1] as Float64Array; // last element is a y
      const up = prev[j] as Float64Array; // last element is an x, above j y's: adds j to U
      for (let u = 0; u <= i * j; u++) row[u] = (left[u] ?? 0) + (u >= j ? (up[u - j] ?? 0) : 0);
    }
    prev = next;
  }
  const counts = prev[n2] as Float64Array;
  return { counts, total: counts.reduce((s, c) => s + c, 0) };
}

function normalCdf(z: number): number {
  // Abramowitz & Stegun 7.1.26 on erf; |error| < 1.5e-7.
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function normalQuantile(p: number): number {
  // Acklam's rational approximation; enough for confidence levels.
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q = Math.min(p, 1 - p);
  const r = Math.sqrt(-2 * Math.log(q));
  const x =
    (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
    ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  if (p < 0.02425 || p > 1 - 0.02425) return p < 0.5 ? x : -x;
  const s = p - 0.5;
  const t = s * s;
  return (
    ((((((a[0]! * t + a[1]!) * t + a[2]!) * t + a[3]!) * t + a[4]!) * t + a[5]!) * s) /
    (((((b[0]! * t + b[1]!) * t + b[2]!) * t + b[3]!) * t + b[4]!) * t + 1)
  );
}

export interface RankTest {
  /** U of the first sample: pairs (x, y) with x > y, ties counting one half. */
  u: number;
  /** Two-sided p-value. */
  pValue: number;
  exact: boolean;
}

export function mannWhitneyU(x: readonly number[], y: readonly number[]): RankTest {
  const n1 = x.length;
  const n2 = y.length;
  let u = 0;
  let ties = false;
  for (const a of x)
    for (const b of y) {
      if (a > b) u += 1;
      else if (a === b) {
        u += 0.5;
        ties = true;
      }
    }
  if (n1 * n2 <= EXACT_MAX_CELLS && !ties) {
    const { counts, total } = exactDistribution(n1, n2);
    const low = Math.min(u, n1 * n2 - u);
    let tail = 0;
    for (let k = 0; k <= low; k++) tail += counts[k] ?? 0;
    return { u, pValue: Math.min(1, (2 * tail) / total), exact: true };
  }
  // Normal approximation, variance corrected for ties.
  const all = [...x, ...y].sort((a, b) => a - b);
  let tieTerm = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j] === all[i]) j++;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { u, pValue: 1, exact: false };
  const z = (Math.abs(u - (n1 * n2) / 2) - 0.5) / Math.sqrt(variance);
  return { u, pValue: Math.min(1, 2 * (1 - normalCdf(Math.max(z, 0)))), exact: false };
}

/** The smallest two-sided p-value n1 against n2 samples can reach: 2 / C(n1 + n2, n1). */
export function minimumPValue(n1: number, n2: number): number {
  let c = 1;
  for (let k = 1; k <= n1; k++) c = (c * (n2 + k)) / k;
  return Math.min(1, 2 / c);
}

/**
 * Hodges-Lehmann estimate of the shift y - x (the median of all pairwise differences) and the
 * confidence interval that inverts the two-sided Mann-Whitney test at `confidence`.
 */
export function hodgesLehmann(
  x: readonly number[],
  y: readonly number[],
  confidence: number,
): { shift: number; low: number; high: number } {
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(b - a);
  diffs.sort((a, b) => a - b);
  const m = diffs.length;
  const mid = Math.floor(m / 2);
  const shift = m % 2 ? (diffs[mid] as number) : ((diffs[mid - 1] as number) + (diffs[mid] as number)) / 2;
  const alpha = 1 - confidence;
  let k: number; // 1-based: the interval is [d_k, d_(m-k+1)]
  if (m <= EXACT_MAX_CELLS) {
    const { counts, total } = exactDistribution(x.length, y.length);
    let cumulative = 0;
    k = 0;
    while (k < m && (cumulative + (counts[k] ?? 0)) / total <= alpha / 2) cumulative += counts[k++] ?? 0;
  } else {
    k = Math.floor(
      m / 2 - normalQuantile(1 - alpha / 2) * Math.sqrt((x.length * y.length * (x.length + y.length + 1)) / 12),
    );
  }
  k = Math.max(k, 1);
  return { shift, low: diffs[k - 1] as number, high: diffs[m - k] as number };
}
