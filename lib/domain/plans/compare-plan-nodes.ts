import { EDIT_COST } from "./match-plan-trees";
import type { PlanNode } from "./plan-types";

// How far apart two operators are, for the tree matcher. Deleting one node and inserting
// another costs 2 * EDIT_COST, so:
// - same operator: always cheaper to keep and mark "changed" (10..90);
// - different operators: kept as a rename (CsvExec -> DataSourceExec, HashJoinExec ->
//   SortMergeJoinExec, Inner Join -> LeftSemi Join) only when their attributes largely agree
//   (160..220, below 200 when less than ~2/3 differ);
// - scans of different relations, or different operators sharing nothing: never matched.

const NUMBER_RE = /(?<!\w)(?:\d+(?:\.\d+)?|P)(?!\w)/g;

function tokens(value: string): Set<string> {
  return new Set(value.split(/[^\w@.#]+/).filter((t) => t !== ""));
}

/**
 * Distance of two attribute values: 0 = same, 0.25 = only numbers differ (counts, column
 * indexes), up to 1 = no token in common. Token sets are computed once per distinct value:
 * the matcher compares every node pair.
 */
function memoisedDistance(): (a: string | undefined, b: string | undefined) => number {
  const masked = new Map<string, string>();
  const tokenSets = new Map<string, Set<string>>();
  const mask = (v: string) => masked.get(v) ?? (masked.set(v, v.replace(NUMBER_RE, "#")), masked.get(v) as string);
  const tokensOf = (v: string) => tokenSets.get(v) ?? (tokenSets.set(v, tokens(v)), tokenSets.get(v) as Set<string>);
  return (a, b) => {
    if (a === b) return 0;
    if (a === undefined || b === undefined) return 1;
    if (mask(a) === mask(b)) return 0.25;
    const ta = tokensOf(a);
    const tb = tokensOf(b);
    let shared = 0;
    for (const t of ta) if (tb.has(t)) shared++;
    const union = ta.size + tb.size - shared;
    return 1 - 0.75 * (union === 0 ? 0 : shared / union);
  };
}

export function makeRelabelCost(
  props: Map<PlanNode, Record<string, string>>,
  relation: (node: PlanNode) => string | null,
): (a: PlanNode, b: PlanNode) => number {
  const distanceOf = memoisedDistance();
  // The matcher asks for every node pair: relations and key lists are worked out once per node.
  const relations = new Map<PlanNode, string | null>();
  const relationOf = (node: PlanNode) => {
    if (!relations.has(node)) relations.set(node, relation(node));
    return relations.get(node) as string | null;
  };
  return (a, b) => {
    const pa = props.get(a) ?? {};
    const pb = props.get(b) ?? {};
    const ra = relationOf(a);
    const rb = relationOf(b);
    if (ra !== null && rb !== null && ra !== rb) return 2.5 * EDIT_COST;
    let distance = 0;
    let equal = 0;
    let size = 0;
    for (const key in pa) {
      const d = distanceOf(pa[key], pb[key]);
      distance += d;
      size++;
      if (d === 0) equal++;
    }
    for (const key in pb) {
      if (key in pa) continue;
      distance += 1;
      size++;
    }
    const spread = size === 0 ? 0 : distance / size;
    if (a.operator === b.operator) return distance === 0 ? 0 : Math.round(10 + 80 * spread);
    if (equal === 0) return 2.5 * EDIT_COST;
    return Math.round(160 + 60 * spread);
  };
}
