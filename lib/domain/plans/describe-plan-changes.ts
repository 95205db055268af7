import { describePlanNode, relationOf, shortenForSummary as short } from "./describe-plan-node";
import { describePropertyChange } from "./describe-property-change";
import type { DiffOptions, NodeDiff, PlanChange } from "./plan-diff-types";
import type { PlanNode } from "./plan-types";

type Listed = Array<{ node: PlanNode; parent: PlanNode | null }>;

function relationsBelow(node: PlanNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop() as PlanNode;
    const relation = relationOf(next);
    if (relation !== null && next.children.length === 0) out.push(relation);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as PlanNode);
  }
  return out;
}

const sameMultiset = (x: string[], y: string[]) => [...x].sort().join("\n") === [...y].sort().join("\n");

/** Nodes whose whole subtree has `status`: reported once, at the top, with a count of inputs. */
function wholeSubtrees(
  list: Listed,
  statusOf: (n: PlanNode) => NodeDiff | undefined,
  status: "removed" | "added",
): Set<PlanNode> {
  const whole = new Set<PlanNode>();
  for (let i = list.length - 1; i >= 0; i--) {
    const { node } = list[i] as { node: PlanNode };
    if (statusOf(node)?.status === status && node.children.every((c) => whole.has(c))) whole.add(node);
  }
  return whole;
}

function structural(
  list: Listed,
  map: Map<PlanNode, NodeDiff>,
  status: "removed" | "added",
  verb: string,
): PlanChange[] {
  const whole = wholeSubtrees(list, (n) => map.get(n), status);
  const changes: PlanChange[] = [];
  for (const { node, parent } of list) {
    const entry = map.get(node) as NodeDiff;
    if (entry.status !== status || entry.moved || (parent && whole.has(parent))) continue;
    const below = whole.has(node) ? listSize(node) - 1 : 0;
    // "between A and B" says exactly where a node left or entered a chain of operators.
    const only = node.children.length === 1 && !whole.has(node) ? (node.children[0] as PlanNode) : null;
    const where =
      parent && only
        ? ` between ${describePlanNode(parent)} and ${describePlanNode(only)}`
        : parent
          ? ` under ${describePlanNode(parent)}`
          : " at the root";
    const inputs = below > 0 ? ` with ${below} operator${below > 1 ? "s" : ""} below it` : "";
    changes.push({
      kind: status,
      text: `${describePlanNode(node)} ${verb}${where}${inputs}`,
      beforeId: entry.beforeId,
      afterId: entry.afterId,
    });
  }
  return changes;
}

function listSize(node: PlanNode): number {
  let count = 0;
  const stack = [node];
  while (stack.length > 0) {
    count++;
    stack.push(...(stack.pop() as PlanNode).children);
  }
  return count;
}

function metricText(label: string, entry: NodeDiff, threshold: number): string[] {
  const out: string[] = [];
  for (const m of entry.metricDeltas) {
    if (!m.before || !m.after) continue;
    if (m.ratio !== null && Math.abs(m.ratio) < threshold) continue;
    if (m.ratio === null && m.delta === 0) continue;
    const pct = m.ratio !== null ? ` (${m.ratio >= 0 ? "+" : ""}${Math.round(m.ratio * 100)}%)` : "";
    out.push(`${label}: ${m.key} ${short(m.before.raw, 40)} → ${short(m.after.raw, 40)}${pct}`);
  }
  return out;
}

export function describePlanChanges({
  before,
  after,
  byBefore,
  byAfter,
  movedPairs,
  options,
}: {
  before: Listed;
  after: Listed;
  byBefore: Map<PlanNode, NodeDiff>;
  byAfter: Map<PlanNode, NodeDiff>;
  movedPairs: Array<[PlanNode, PlanNode]>;
  options: DiffOptions;
}): PlanChange[] {
  const changes: PlanChange[] = [];
  const afterOf = new Map<string, PlanNode>(after.map((e) => [e.node.id, e.node]));
  const parentBefore = new Map(before.map((e) => [e.node, e.parent]));
  const parentAfter = new Map(after.map((e) => [e.node, e.parent]));

  for (const { node } of before) {
    const entry = byBefore.get(node) as NodeDiff;
    const twin = entry.afterId !== null ? afterOf.get(entry.afterId) : undefined;
    if (!twin || entry.status !== "changed") continue;
    const ids = { beforeId: entry.beforeId, afterId: entry.afterId };
    if (node.operator !== twin.operator) {
      const joins = /join/i.test(node.operator) && /join/i.test(twin.operator);
      const what = joins ? (/^\w+ Join$/.test(node.operator) ? "join type changed: " : "join algorithm changed: ") : "";
      changes.push({ kind: "operator", text: `${what}${node.operator} → ${twin.operator}`, ...ids });
    }
    // The operator alone: "AggregateExec (mode=Partial): mode Partial → ..." would say it twice.
    const label = relationOf(twin) ? describePlanNode(twin) : twin.operator;
    for (const change of entry.propertyChanges)
      changes.push({ kind: "property", text: describePropertyChange(label, change), ...ids });
  }
  changes.push(...structural(before, byBefore, "removed", "removed"));
  changes.push(...structural(after, byAfter, "added", "added"));
  for (const [a, b] of movedPairs) {
    const from = parentBefore.get(a);
    if (from && byBefore.get(from)?.moved) continue;
    const to = parentAfter.get(b);
    const text = `${describePlanNode(b)} moved${to ? ` under ${describePlanNode(to)}` : ""}${from ? ` (was under ${describePlanNode(from)})` : ""}`;
    changes.push({ kind: "moved", text, beforeId: a.id, afterId: b.id });
  }

  // Join order: the inputs of a kept join read the same relations, in another order.
  let joinOrderReported = false;
  for (const { node } of before) {
    const entry = byBefore.get(node) as NodeDiff;
    const twin = entry.afterId !== null ? afterOf.get(entry.afterId) : undefined;
    if (!twin || !/join/i.test(node.operator) || node.children.length < 2) continue;
    const sidesBefore = node.children.map((c) => relationsBelow(c).join(", "));
    const sidesAfter = twin.children.map((c) => relationsBelow(c).join(", "));
    if (
      sidesBefore.join("|") === sidesAfter.join("|") ||
      !sameMultiset(
        sidesBefore.flatMap((s) => s.split(", ")),
        sidesAfter.flatMap((s) => s.split(", ")),
      )
    )
      continue;
    joinOrderReported = true;
    const show = (sides: string[]) => sides.map((s) => `[${short(s, 40)}]`).join(" ⋈ ");
    changes.push({
      kind: "join-order",
      text: `join order changed at ${twin.operator}: ${show(sidesBefore)} → ${show(sidesAfter)}`,
      beforeId: entry.beforeId,
      afterId: entry.afterId,
    });
  }
  const rootBefore = before[0]?.node;
  const rootAfter = after[0]?.node;
  if (!joinOrderReported && rootBefore && rootAfter) {
    const order = [relationsBelow(rootBefore), relationsBelow(rootAfter)] as const;
    if (order[0].join("|") !== order[1].join("|") && sameMultiset(order[0], order[1]) && order[0].length > 1) {
      changes.push({
        kind: "join-order",
        text: `join order changed: ${short(order[0].join(", "), 80)} → ${short(order[1].join(", "), 80)}`,
        beforeId: rootBefore.id,
        afterId: rootAfter.id,
      });
    }
  }

  const threshold = options.metricChangeThreshold ?? 0.1;
  for (const { node } of before) {
    const entry = byBefore.get(node) as NodeDiff;
    const twin = entry.afterId !== null ? afterOf.get(entry.afterId) : undefined;
    if (!twin) continue;
    for (const text of metricText(describePlanNode(twin), entry, threshold))
      changes.push({ kind: "metric", text, beforeId: entry.beforeId, afterId: entry.afterId });
  }
  return changes;
}
