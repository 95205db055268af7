/**
 * Removes binary floating-point noise from a resolved threshold: 100 * (1 + 0.1) is
 * 110.00000000000001, which would fail a measured 110 against "at least 10% higher than 100".
 * Twelve significant digits keep every real KPI number and drop the noise.
 */
export function roundThreshold(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(value.toPrecision(12));
}
