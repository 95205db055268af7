import { parseMetricValue } from "./parse-metric-value";
import type { MetricValue } from "./plan-types";
import { splitTopLevel } from "./split-top-level";

/** Reads the inside of `metrics=[output_rows=5, elapsed_compute=2.375µs, ...]`. */
export function parseMetricsList(value: string): { metrics: Record<string, MetricValue>; warnings: string[] } {
  let inner = value.trim();
  if (inner.startsWith("[")) inner = inner.slice(1);
  if (inner.endsWith("]")) inner = inner.slice(0, -1);
  const metrics: Record<string, MetricValue> = {};
  const warnings: string[] = [];
  let elided = false;
  for (const part of splitTopLevel(inner).parts) {
    let entry = part.text.trim();
    // Docs examples elide metrics with `...`, sometimes glued to the next entry.
    if (entry.startsWith("...")) {
      elided = true;
      entry = entry.replace(/^(?:\.\.\.\s*)+/, "");
    }
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq <= 0) {
      warnings.push(`metric "${entry.slice(0, 40)}" has no name=value form`);
      continue;
    }
    let name = entry.slice(0, eq).trim();
    if (name in metrics) {
      let n = 2;
      while (`${name}#${n}` in metrics) n++;
      name = `${name}#${n}`;
    }
    metrics[name] = parseMetricValue(name, entry.slice(eq + 1));
  }
  if (elided) warnings.push("metrics contain '...' elisions; some metrics are missing");
  return { metrics, warnings };
}
