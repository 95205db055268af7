import type { PlanChange } from "./plan-diff-types";

// Operators that read an index (scalar, vector or full-text). A plan that starts or stops using
// an index is the change a reviewer must see first (docs/plan-formats.md, "Diff order").
export const INDEX_OPERATOR_RE = /Index|^ANN|^(?:Match|Phrase|Boolean)Query$|^Fts$/;
const FILTER_PUSHDOWN_RE = /filter pushed down|filter pushdown lost/;

function rankOf(change: PlanChange): number {
  const words = change.text.match(/[A-Za-z_]\w*/g) ?? [];
  const structural = ["replaced", "operator", "added", "removed", "moved", "join-order"].includes(change.kind);
  if (structural && words.some((w) => INDEX_OPERATOR_RE.test(w))) return 0;
  if (structural) return 1;
  if (change.kind === "property" && FILTER_PUSHDOWN_RE.test(change.text)) return 2;
  if (change.kind === "property") return 3;
  if (change.kind === "renumbered") return 4;
  return 5;
}

/**
 * Orders plan changes by what they mean, most important first: index use, then structure
 * (operators replaced, added, removed, moved, join order), filter pushdown, other attributes,
 * column renumbering, and ANALYZE metrics last. Stable within a rank (plan order).
 */
export function rankPlanChanges(changes: PlanChange[]): PlanChange[] {
  return changes
    .map((change, index) => ({ change, index, rank: rankOf(change) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.change);
}
