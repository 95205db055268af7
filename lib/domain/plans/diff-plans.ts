import { listPlanNodes } from "./build-plan-node";
import { makeRelabelCost } from "./compare-plan-nodes";
import { describePlanChanges } from "./describe-plan-changes";
import { relationOf } from "./describe-plan-node";
import { findSameTextSubtrees, matchWithAnchors } from "./match-with-anchors";
import { normalisePlanValues } from "./normalise-plan-values";
import type { DiffOptions, MetricDelta, NodeDiff, PlanDiff, PropertyChange } from "./plan-diff-types";
import type { PlanNode } from "./plan-types";

function propertyChanges(
  a: PlanNode,
  b: PlanNode,
  pa: Record<string, string>,
  pb: Record<string, string>,
): PropertyChange[] {
  const keys = [...new Set([...Object.keys(pa), ...Object.keys(pb)])];
  return keys
    .filter((k) => pa[k] !== pb[k])
    .map((k) => ({ key: k, before: a.properties[k] ?? null, after: b.properties[k] ?? null }));
}

function metricDeltas(a: PlanNode, b: PlanNode): MetricDelta[] {
  const keys = [...new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])];
  const deltas: MetricDelta[] = [];
  for (const key of keys) {
    const before = a.metrics[key] ?? null;
    const after = b.metrics[key] ?? null;
    if (before?.raw === after?.raw) continue;
    const comparable = before?.value != null && after?.value != null && before.unit === after.unit;
    const delta = comparable ? (after.value as number) - (before.value as number) : null;
    const ratio = delta !== null && before?.value ? delta / before.value : null;
    deltas.push({ key, before, after, delta, ratio });
  }
  return deltas;
}

/** The same text line for line (a re-pushed plan): the diff is known without masking or matching. */
function sameText(before: PlanNode, after: PlanNode): PlanDiff | null {
  const a = listPlanNodes(before);
  const b = listPlanNodes(after);
  if (a.length !== b.length) return null;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] as { node: PlanNode }).node;
    const y = (b[i] as { node: PlanNode }).node;
    if (x.raw !== y.raw || x.operator !== y.operator || x.children.length !== y.children.length) return null;
  }
  const entries = a.map(({ node }, i): NodeDiff => {
    const twin = (b[i] as { node: PlanNode }).node;
    return {
      status: "unchanged",
      beforeId: node.id,
      afterId: twin.id,
      beforeOperator: node.operator,
      afterOperator: twin.operator,
      propertyChanges: [],
      metricDeltas: [],
      moved: false,
    };
  });
  return {
    hasChanges: false,
    hasMetricChanges: false,
    nodes: entries,
    byBeforeId: Object.fromEntries(entries.map((e) => [e.beforeId as string, e])),
    byAfterId: Object.fromEntries(entries.map((e) => [e.afterId as string, e])),
    changes: [],
    counts: { added: 0, removed: 0, changed: 0, unchanged: entries.length },
  };
}

function signature(node: PlanNode, props: Record<string, string>): string {
  return `${node.operator}\u0000${JSON.stringify(Object.entries(props).sort())}`;
}

/**
 * Diffs two operator trees (the same named query in two releases). Machine noise is masked
 * first (normalise-plan-values.ts), nodes are matched by tree edit distance, and every
 * difference is also described in plain words in `changes`.
 */
export function diffPlans(before: PlanNode, after: PlanNode, options: DiffOptions = {}): PlanDiff {
  const identical = sameText(before, after);
  if (identical) return identical;
  const same = findSameTextSubtrees(before, after);
  const pb = normalisePlanValues(before, options, same);
  const pa = normalisePlanValues(after, options, same);
  const props = new Map([...pb, ...pa]);
  const match = matchWithAnchors(before, after, props, makeRelabelCost(props, relationOf));

  const byBefore = new Map<PlanNode, NodeDiff>();
  const byAfter = new Map<PlanNode, NodeDiff>();
  for (const [a, b] of match.pairs) {
    const changes = propertyChanges(a, b, props.get(a) ?? {}, props.get(b) ?? {});
    const status = a.operator !== b.operator || changes.length > 0 ? "changed" : "unchanged";
    const entry: NodeDiff = {
      status,
      beforeId: a.id,
      afterId: b.id,
      beforeOperator: a.operator,
      afterOperator: b.operator,
      propertyChanges: changes,
      metricDeltas: metricDeltas(a, b),
      moved: false,
    };
    byBefore.set(a, entry);
    byAfter.set(b, entry);
  }
  for (const a of match.removed) {
    byBefore.set(a, {
      status: "removed",
      beforeId: a.id,
      afterId: null,
      beforeOperator: a.operator,
      afterOperator: null,
      propertyChanges: [],
      metricDeltas: [],
      moved: false,
    });
  }
  for (const b of match.added) {
    byAfter.set(b, {
      status: "added",
      beforeId: null,
      afterId: b.id,
      beforeOperator: null,
      afterOperator: b.operator,
      propertyChanges: [],
      metricDeltas: [],
      moved: false,
    });
  }

  // An operator removed in one place and added unchanged in another moved (join inputs swapped).
  const addedBySignature = new Map<string, PlanNode[]>();
  for (const b of match.added) {
    const key = signature(b, props.get(b) ?? {});
    addedBySignature.set(key, [...(addedBySignature.get(key) ?? []), b]);
  }
  const movedPairs: Array<[PlanNode, PlanNode]> = [];
  for (const a of match.removed) {
    const twin = addedBySignature.get(signature(a, props.get(a) ?? {}))?.shift();
    if (!twin) continue;
    (byBefore.get(a) as NodeDiff).moved = true;
    (byAfter.get(twin) as NodeDiff).moved = true;
    movedPairs.push([a, twin]);
  }

  const beforeList = listPlanNodes(before);
  const afterList = listPlanNodes(after);
  const nodes = [
    ...beforeList.map((e) => byBefore.get(e.node) as NodeDiff),
    ...afterList.filter((e) => !byAfter.get(e.node)?.beforeId).map((e) => byAfter.get(e.node) as NodeDiff),
  ];
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const entry of nodes) counts[entry.status]++;
  const changes = describePlanChanges({ before: beforeList, after: afterList, byBefore, byAfter, movedPairs, options });
  return {
    hasChanges: changes.some((c) => c.kind !== "metric"),
    hasMetricChanges: nodes.some((e) => e.metricDeltas.length > 0),
    nodes,
    byBeforeId: Object.fromEntries(beforeList.map((e) => [e.node.id, byBefore.get(e.node) as NodeDiff])),
    byAfterId: Object.fromEntries(afterList.map((e) => [e.node.id, byAfter.get(e.node) as NodeDiff])),
    changes,
    counts,
  };
}
