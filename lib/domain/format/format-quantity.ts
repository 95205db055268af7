import { formatNumber } from "./format-number";

// Units written without a space in front of them.
const UNSPACED_UNITS = new Set(["%"]);

/** "1,480 ms", "12%", "3" (no unit). */
export function formatQuantity({ value, unit }: { value: number; unit: string }): string {
  const number = formatNumber(value);
  if (unit === "") return number;
  return UNSPACED_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}
