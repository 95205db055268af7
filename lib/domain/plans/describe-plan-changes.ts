import { describePlanNode, relationOf, shortenForSummary as short } from "./describe-plan-node";
import { describePropertyChange } from "./describe-property-change";
import { INDEX_OPERATOR_RE, rankPlanChanges } from "./rank-plan-changes";
import type { DiffOptions, NodeDiff, PlanChange } from "./plan-diff-types";
import type { PlanNode } from "./plan-types";

type Listed = Array<{ node: PlanNode; parent: PlanNode | null }>;
type Ids = { beforeId: string | null; afterId: string | null };

const COLUMN_INDEX_RE = /(\w)@\d+/g;

/** Only `column@index` numbers differ: the same expressions over a reordered input. */
function isRenumbering(before: string | null, after: string | null): boolean {
  if (before === null || after === null || before === after) return false;
  return before.replace(COLUMN_INDEX_RE, "$1@") === after.replace(COLUMN_INDEX_RE, "$1@");
}

function example({ before, after }: { before: string | null; after: string | null }): string {
  const a = [...(before ?? "").matchAll(/[\w.]+@\d+/g)].map((m) => m[0]);
  const b = [...(after ?? "").matchAll(/[\w.]+@\d+/g)].map((m) => m[0]);
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 ? `${a[i]} → ${b[i]}` : `${short(before ?? "", 30)} → ${short(after ?? "", 30)}`;
}

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

interface StructuralChange extends PlanChange {
  node: PlanNode;
  parent: PlanNode | null;
  below: number;
}

function structural(
  list: Listed,
  map: Map<PlanNode, NodeDiff>,
  status: "removed" | "added",
  verb: string,
): StructuralChange[] {
  const whole = wholeSubtrees(list, (n) => map.get(n), status);
  const changes: StructuralChange[] = [];
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
    changes.push({
      kind: status,
      text: `${describePlanNode(node)} ${verb}${where}${withBelow(below)}${indexesBelow(node, whole.has(node))}`,
      beforeId: entry.beforeId,
      afterId: entry.afterId,
      node,
      parent,
      below,
    });
  }
  return changes;
}

/** Index operators inside a whole added or removed subtree, named so the summary says an index is involved. */
function indexesBelow(node: PlanNode, whole: boolean): string {
  if (!whole) return "";
  const names = new Set<string>();
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop() as PlanNode;
    if (INDEX_OPERATOR_RE.test(next.operator)) names.add(next.operator);
    stack.push(...next.children);
  }
  return names.size ? ` (index: ${[...names].join(", ")})` : "";
}

const withBelow = (below: number) => (below > 0 ? ` with ${below} operator${below > 1 ? "s" : ""} below it` : "");

/**
 * A subtree removed and another added under the same (matched) parent is one change: "FilterExec
 * replaced by ScalarIndexQuery". The pairs are made in plan order; what is left stays added/removed.
 */
function pairReplacements(
  removed: StructuralChange[],
  added: StructuralChange[],
  byBefore: Map<PlanNode, NodeDiff>,
): PlanChange[] {
  const addedByParent = new Map<string, StructuralChange[]>();
  for (const a of added) {
    if (!a.parent) continue;
    addedByParent.set(a.parent.id, [...(addedByParent.get(a.parent.id) ?? []), a]);
  }
  const used = new Set<StructuralChange>();
  const out: PlanChange[] = [];
  for (const r of removed) {
    const parentAfter = r.parent ? byBefore.get(r.parent)?.afterId : null;
    const twin = parentAfter ? addedByParent.get(parentAfter)?.find((a) => !used.has(a)) : undefined;
    if (!twin || !r.parent) {
      out.push(r);
      continue;
    }
    used.add(twin);
    out.push({
      kind: "replaced",
      text: `${describePlanNode(r.node)}${withBelow(r.below)} replaced by ${describePlanNode(twin.node)}${withBelow(twin.below)} under ${describePlanNode(r.parent)}${indexesBelow(twin.node, twin.below > 0)}`,
      beforeId: r.beforeId,
      afterId: twin.afterId,
    });
  }
  out.push(...added.filter((a) => !used.has(a)));
  return out.map(({ kind, text, beforeId, afterId }) => ({ kind, text, beforeId, afterId }));
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
  const renumbered: Array<{ operator: string; change: NodeDiff["propertyChanges"][number] } & Ids> = [];
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
    for (const change of entry.propertyChanges) {
      if (isRenumbering(change.before, change.after)) renumbered.push({ operator: twin.operator, change, ...ids });
      else changes.push({ kind: "property", text: describePropertyChange(label, change), ...ids });
    }
  }
  changes.push(
    ...pairReplacements(
      structural(before, byBefore, "removed", "removed"),
      structural(after, byAfter, "added", "added"),
      byBefore,
    ),
  );
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

  // Column indexes shift whenever a projection or scan changes its columns: one line for them all.
  const first = renumbered[0];
  if (first) {
    const operators = [...new Set(renumbered.map((r) => r.operator))];
    changes.push({
      kind: "renumbered",
      text: `column indexes renumbered in ${operators.length > 3 ? `${operators.slice(0, 3).join(", ")} and ${operators.length - 3} more` : operators.join(", ")} (e.g. ${example(first.change)})`,
      beforeId: first.beforeId,
      afterId: first.afterId,
    });
  }

  const threshold = options.metricChangeThreshold ?? 0.1;
  for (const { node } of before) {
    const entry = byBefore.get(node) as NodeDiff;
    const twin = entry.afterId !== null ? afterOf.get(entry.afterId) : undefined;
    if (!twin) continue;
    for (const text of metricText(describePlanNode(twin), entry, threshold))
      changes.push({ kind: "metric", text, beforeId: entry.beforeId, afterId: entry.afterId });
  }
  return rankPlanChanges(changes);
}
