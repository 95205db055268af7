import type { MetricValue, PlanNode } from "./plan-types";

/** Deeper plans are flattened at this depth: ids are paths, so depth bounds their length. */
export const MAX_PLAN_DEPTH = 1000;

export function buildPlanNode({
  operator,
  properties = {},
  metrics = {},
  raw,
  line,
}: {
  operator: string;
  properties?: Record<string, string>;
  metrics?: Record<string, MetricValue>;
  raw: string;
  line: number;
}): PlanNode {
  return { id: "", operator, properties, raw, line, metrics, children: [] };
}

/** Gives every node its path id ("0", "0.1", ...). Iterative: plans can be deep. */
export function assignNodeIds(root: PlanNode): PlanNode {
  const stack: Array<{ node: PlanNode; id: string }> = [{ node: root, id: "0" }];
  while (stack.length > 0) {
    const { node, id } = stack.pop() as { node: PlanNode; id: string };
    node.id = id;
    node.children.forEach((child, index) => stack.push({ node: child, id: `${id}.${index}` }));
  }
  return root;
}

/** Pre-order list of a tree's nodes with their parents, without recursion. */
export function listPlanNodes(root: PlanNode): Array<{ node: PlanNode; parent: PlanNode | null; depth: number }> {
  const out: Array<{ node: PlanNode; parent: PlanNode | null; depth: number }> = [];
  const stack: Array<{ node: PlanNode; parent: PlanNode | null; depth: number }> = [
    { node: root, parent: null, depth: 0 },
  ];
  while (stack.length > 0) {
    const item = stack.pop() as { node: PlanNode; parent: PlanNode | null; depth: number };
    out.push(item);
    for (let i = item.node.children.length - 1; i >= 0; i--) {
      stack.push({ node: item.node.children[i] as PlanNode, parent: item.node, depth: item.depth + 1 });
    }
  }
  return out;
}
