import { shortenForSummary as short } from "./describe-plan-node";
import type { PropertyChange } from "./plan-diff-types";
import { POSITIONAL_KEY } from "./plan-types";

// Attributes that carry a filter: losing one from a scan or join means the filter is no longer
// pushed down there (the "lost filter pushdown" a reviewer looks for).
const FILTER_KEYS = /^(predicate|pruning_predicate|partial_filters|full_filters|filter|Filter)$/;

function partitionCount(value: string): { scheme: string; count: string } | null {
  const match = /^(\w+)\(.*?(\d+)\)\s*$/.exec(value.trim());
  return match ? { scheme: match[1] as string, count: match[2] as string } : null;
}

/** One sentence for one attribute change, e.g. "HashJoinExec: mode Partitioned → CollectLeft". */
export function describePropertyChange(label: string, { key, before, after }: PropertyChange): string {
  if (before !== null && after !== null) {
    if (key === "partitioning" || key === "partitioning_scheme") {
      const b = partitionCount(before);
      const a = partitionCount(after);
      if (b && a && b.scheme === a.scheme && b.count !== a.count)
        return `${label} partition count ${b.count} → ${a.count}`;
    }
    if (key === POSITIONAL_KEY) return `${label}: ${short(before)} → ${short(after)}`;
    return `${label}: ${key} ${short(before)} → ${short(after)}`;
  }
  if (after !== null) {
    const note = FILTER_KEYS.test(key) ? " (filter pushed down)" : "";
    return `${label}: ${key === POSITIONAL_KEY ? "" : `${key}=`}${short(after)} added${note}`;
  }
  const note = FILTER_KEYS.test(key) ? " (filter pushdown lost)" : "";
  return `${label}: ${key === POSITIONAL_KEY ? "arguments" : key} removed${note} (was ${short(before ?? "")})`;
}
