import type { PlanDiff } from "./plan-diff-types";

/**
 * The diff as sentences for the UI and CI logs: plan changes first, then metric changes;
 * repeated sentences (a CoalesceBatchesExec dropped under every join) are folded with a count.
 */
export function summariseDiff(diff: PlanDiff, { includeMetrics = true }: { includeMetrics?: boolean } = {}): string[] {
  const ordered = [
    ...diff.changes.filter((c) => c.kind !== "metric"),
    ...(includeMetrics ? diff.changes.filter((c) => c.kind === "metric") : []),
  ];
  const counts = new Map<string, number>();
  for (const change of ordered) counts.set(change.text, (counts.get(change.text) ?? 0) + 1);
  return [...counts].map(([text, n]) => (n > 1 ? `${text} (×${n})` : text));
}
