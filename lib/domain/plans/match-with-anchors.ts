import { listPlanNodes } from "./build-plan-node";
import { EDIT_COST, matchPlanTrees, type TreeMatch } from "./match-plan-trees";
import type { PlanNode } from "./plan-types";

// The exact tree edit distance costs O(n²) cells and, for bushy plans, far more keyroot work: two
// 500-operator plans took 350 ms. Most of two releases' plans is the same, so identical subtrees
// that occur exactly once on each side are matched first (the "anchor" step of GumTree-style
// differs) and only what is left goes through matchPlanTrees, each anchored subtree standing in
// as one leaf that weighs as much as the nodes it replaces. Identical plans never reach it.

/**
 * A node's own part of its subtree hash: operator and masked attributes; a node left unmasked
 * (inside a subtree whose text is the same on both sides, see findSameTextSubtrees) by its text.
 */
function ownKey(node: PlanNode, props: Map<PlanNode, Record<string, string>>): string {
  const own = props.get(node);
  if (!own) return `\u0002${node.raw}`;
  const keys = Object.keys(own).sort();
  return `${node.operator}\u0000${keys.map((k) => `${k}=${own[k]}`).join("\u0001")}`;
}

/** Interned hash of every subtree: its own key and the children's hashes. */
function subtreeHashes(root: PlanNode, own: (node: PlanNode) => string, intern: Map<string, number>) {
  const hashes = new Map<PlanNode, number>();
  const sizes = new Map<PlanNode, number>();
  const list = listPlanNodes(root);
  for (let i = list.length - 1; i >= 0; i--) {
    const { node } = list[i] as { node: PlanNode };
    const key = `${own(node)}\u0000${node.children.map((c) => hashes.get(c)).join(",")}`;
    let id = intern.get(key);
    if (id === undefined) intern.set(key, (id = intern.size));
    hashes.set(node, id);
    sizes.set(node, 1 + node.children.reduce((n, c) => n + (sizes.get(c) ?? 0), 0));
  }
  return { hashes, sizes, list };
}

function tally(hashes: Map<PlanNode, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const h of hashes.values()) counts.set(h, (counts.get(h) ?? 0) + 1);
  return counts;
}

const preorder = (node: PlanNode) => listPlanNodes(node).map((e) => e.node);

/**
 * Every node of the subtrees printed identically, line for line, on both sides and only once on
 * each. Their attributes need no masking: nothing in them can differ. Masking is the costliest
 * step of a diff, and two releases' plans are mostly such subtrees.
 */
export function findSameTextSubtrees(before: PlanNode, after: PlanNode): Set<PlanNode> {
  const intern = new Map<string, number>();
  const own = (n: PlanNode) => `${n.operator}\u0000${n.raw}`;
  const A = subtreeHashes(before, own, intern);
  const B = subtreeHashes(after, own, intern);
  const countA = tally(A.hashes);
  const countB = tally(B.hashes);
  const twins = new Map<number, PlanNode>();
  for (const { node } of B.list) {
    const h = B.hashes.get(node) as number;
    if (countB.get(h) === 1) twins.set(h, node);
  }
  const same = new Set<PlanNode>();
  for (const { node } of A.list) {
    if (same.has(node)) continue;
    const h = A.hashes.get(node) as number;
    const twin = countA.get(h) === 1 ? twins.get(h) : undefined;
    if (!twin || node === before) continue;
    for (const n of preorder(node)) same.add(n);
    for (const n of preorder(twin)) same.add(n);
  }
  return same;
}

export function matchWithAnchors(
  before: PlanNode,
  after: PlanNode,
  props: Map<PlanNode, Record<string, string>>,
  relabelCost: (x: PlanNode, y: PlanNode) => number,
): TreeMatch {
  const intern = new Map<string, number>();
  const A = subtreeHashes(before, (n) => ownKey(n, props), intern);
  const B = subtreeHashes(after, (n) => ownKey(n, props), intern);
  if (A.hashes.get(before) === B.hashes.get(after)) {
    const a = preorder(before);
    const b = preorder(after);
    return { pairs: a.map((node, i) => [node, b[i] as PlanNode]), removed: [], added: [] };
  }

  const countA = tally(A.hashes);
  const countB = tally(B.hashes);
  const twinOf = new Map<number, PlanNode>();
  for (const { node } of B.list) {
    const h = B.hashes.get(node) as number;
    if (countB.get(h) === 1) twinOf.set(h, node);
  }
  // Top-down, so an anchored subtree's own descendants are not anchored again.
  const anchors = new Map<PlanNode, PlanNode>();
  const inside = new Set<PlanNode>();
  for (const { node, parent } of A.list) {
    if (parent && (inside.has(parent) || anchors.has(parent))) {
      inside.add(node);
      continue;
    }
    const h = A.hashes.get(node) as number;
    const twin = countA.get(h) === 1 ? twinOf.get(h) : undefined;
    if (twin && node !== before) anchors.set(node, twin);
  }
  if (anchors.size === 0) return matchPlanTrees(before, after, relabelCost);

  // Reduced copies: an anchored subtree becomes one leaf whose operator names its anchor.
  const original = new Map<PlanNode, PlanNode>();
  const anchorId = new Map<PlanNode, number>();
  const reduce = (node: PlanNode, id: number | undefined): PlanNode => {
    const copy: PlanNode = { ...node, children: [] };
    original.set(copy, node);
    if (id !== undefined) anchorId.set(copy, id);
    else copy.children = node.children.map((c) => reduce(c, anchorIndex.get(c)));
    return copy;
  };
  const anchorIndex = new Map<PlanNode, number>();
  [...anchors].forEach(([a, b], k) => {
    anchorIndex.set(a, k);
    anchorIndex.set(b, k);
  });
  const reducedA = reduce(before, undefined);
  const reducedB = reduce(after, undefined);
  const sizeOf = (copy: PlanNode) => {
    const node = original.get(copy) as PlanNode;
    return anchorId.has(copy) ? ((A.sizes.get(node) ?? B.sizes.get(node)) as number) : 1;
  };
  const cost = (x: PlanNode, y: PlanNode) => {
    const ax = anchorId.get(x);
    const ay = anchorId.get(y);
    if (ax !== undefined || ay !== undefined) return ax === ay ? 0 : (sizeOf(x) + sizeOf(y)) * EDIT_COST + 1;
    return relabelCost(original.get(x) as PlanNode, original.get(y) as PlanNode);
  };
  const reduced = matchPlanTrees(reducedA, reducedB, cost, sizeOf);

  const result: TreeMatch = { pairs: [], removed: [], added: [] };
  const expand = (copy: PlanNode) =>
    anchorId.has(copy) ? preorder(original.get(copy) as PlanNode) : [original.get(copy) as PlanNode];
  for (const [x, y] of reduced.pairs) {
    const xs = expand(x);
    const ys = expand(y);
    xs.forEach((node, i) => result.pairs.push([node, ys[i] as PlanNode]));
  }
  for (const x of reduced.removed) result.removed.push(...expand(x));
  for (const y of reduced.added) result.added.push(...expand(y));
  return result;
}
