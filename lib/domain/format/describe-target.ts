import type { KpiTarget } from "../readiness/types";
import { formatQuantity } from "./format-quantity";

/** "20% lower than baseline", "≤ 3,120 ms": a target as the pages print it (percent, never 0.2). */
export function describeTarget(t: KpiTarget): string {
  const better = t.direction === "LOWER_IS_BETTER" ? "lower" : "higher";
  if (t.targetKind === "RELATIVE")
    return `${formatQuantity({ value: t.targetValue * 100, unit: "%" })} ${better} than baseline`;
  return `${t.direction === "LOWER_IS_BETTER" ? "≤" : "≥"} ${formatQuantity({ value: t.targetValue, unit: t.unit })}`;
}

/** "10% higher than baseline", "> 4,290 ms", or null without a stop condition. */
export function describeStop({ stop, direction, unit }: KpiTarget): string | null {
  if (!stop) return null;
  const worse = direction === "LOWER_IS_BETTER" ? "higher" : "lower";
  if (stop.kind === "RELATIVE")
    return `${formatQuantity({ value: stop.value * 100, unit: "%" })} ${worse} than baseline`;
  return `${direction === "LOWER_IS_BETTER" ? ">" : "<"} ${formatQuantity({ value: stop.value, unit })}`;
}
