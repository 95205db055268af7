import { listPlanNodes } from "./build-plan-node";
import type { PlanNode } from "./plan-types";

// Ordered tree edit distance (Zhang & Shasha 1989). Deleting a node promotes its children, which
// is exactly how plans change between releases: a CoalesceBatchesExec or RepartitionExec drops
// out of a chain and everything below moves up (the re-indented subtrees of the q9/q18 pairs).
// Costs are integers so that backtracking can compare them exactly.

export const EDIT_COST = 100;
/**
 * Past about 550 x 550 nodes (or as much keyroot work) the exact match takes over a second; a
 * greedy top-down match is used instead. Real plans are a few dozen to a few hundred operators.
 */
const MAX_CELLS = 300_000;
const MAX_WORK = 20_000_000;

export interface TreeMatch {
  pairs: Array<[PlanNode, PlanNode]>;
  removed: PlanNode[];
  added: PlanNode[];
}

interface Postorder {
  nodes: PlanNode[];
  lml: Int32Array;
  keyroots: number[];
}

function postorder(root: PlanNode): Postorder {
  const nodes: PlanNode[] = [root];
  const index = new Map<PlanNode, number>();
  const firstChild = new Map<PlanNode, PlanNode>();
  const stack: Array<{ node: PlanNode; next: number }> = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: PlanNode; next: number };
    const child = top.node.children[top.next];
    if (child) {
      if (top.next === 0) firstChild.set(top.node, child);
      top.next++;
      stack.push({ node: child, next: 0 });
    } else {
      stack.pop();
      index.set(top.node, nodes.length);
      nodes.push(top.node);
    }
  }
  const n = nodes.length - 1;
  const lml = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const first = firstChild.get(nodes[i] as PlanNode);
    lml[i] = first ? (lml[index.get(first) as number] as number) : i;
  }
  const lastWithLml = new Map<number, number>();
  for (let i = 1; i <= n; i++) lastWithLml.set(lml[i] as number, i);
  return { nodes, lml, keyroots: [...lastWithLml.values()].sort((a, b) => a - b) };
}

function greedyMatch(a: PlanNode, b: PlanNode): TreeMatch {
  const result: TreeMatch = { pairs: [], removed: [], added: [] };
  const queue: Array<[PlanNode, PlanNode]> = [[a, b]];
  while (queue.length > 0) {
    const [x, y] = queue.pop() as [PlanNode, PlanNode];
    result.pairs.push([x, y]);
    // Align children by operator name (longest common subsequence); the rest are whole-subtree edits.
    const xs = x.children;
    const ys = y.children;
    const lcs = Array.from({ length: xs.length + 1 }, () => new Int32Array(ys.length + 1));
    for (let i = xs.length - 1; i >= 0; i--) {
      for (let j = ys.length - 1; j >= 0; j--) {
        const row = lcs[i] as Int32Array;
        row[j] =
          xs[i]?.operator === ys[j]?.operator
            ? ((lcs[i + 1] as Int32Array)[j + 1] as number) + 1
            : Math.max((lcs[i + 1] as Int32Array)[j] as number, row[j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < xs.length || j < ys.length) {
      if (i < xs.length && j < ys.length && xs[i]?.operator === ys[j]?.operator)
        queue.push([xs[i++] as PlanNode, ys[j++] as PlanNode]);
      else if (
        j >= ys.length ||
        (i < xs.length && ((lcs[i + 1] as Int32Array)[j] as number) >= ((lcs[i] as Int32Array)[j + 1] as number))
      )
        result.removed.push(...listPlanNodes(xs[i++] as PlanNode).map((e) => e.node));
      else result.added.push(...listPlanNodes(ys[j++] as PlanNode).map((e) => e.node));
    }
  }
  return result;
}

/**
 * Maps the nodes of two plans: matched pairs (maybe with changes), removed and added nodes.
 * `weight` is what deleting or inserting a node costs in EDIT_COSTs (default 1): a node that
 * stands for a whole anchored subtree weighs as much as the subtree.
 */
export function matchPlanTrees(
  a: PlanNode,
  b: PlanNode,
  relabelCost: (x: PlanNode, y: PlanNode) => number,
  weight: (node: PlanNode) => number = () => 1,
): TreeMatch {
  const A = postorder(a);
  const B = postorder(b);
  const n = A.nodes.length - 1;
  const m = B.nodes.length - 1;
  const work =
    A.keyroots.reduce((s, k) => s + k - (A.lml[k] as number) + 1, 0) *
    B.keyroots.reduce((s, k) => s + k - (B.lml[k] as number) + 1, 0);
  if ((n + 1) * (m + 1) > MAX_CELLS || work > MAX_WORK) return greedyMatch(a, b);

  const W = m + 1;
  const delA = Int32Array.from(A.nodes, (node, i) => (i === 0 ? 0 : EDIT_COST * weight(node)));
  const insB = Int32Array.from(B.nodes, (node, j) => (j === 0 ? 0 : EDIT_COST * weight(node)));
  const del = (i: number) => delA[i] as number;
  const ins = (j: number) => insB[j] as number;
  const td = new Int32Array((n + 1) * W);
  const fd = new Int32Array((n + 1) * W);
  const costCache = new Int32Array((n + 1) * W).fill(-1);
  const cost = (i: number, j: number) => {
    const at = i * W + j;
    if ((costCache[at] as number) < 0) costCache[at] = relabelCost(A.nodes[i] as PlanNode, B.nodes[j] as PlanNode);
    return costCache[at] as number;
  };
  const lA = (i: number) => A.lml[i] as number;
  const lB = (j: number) => B.lml[j] as number;
  const f = (i: number, j: number) => fd[i * W + j] as number;

  const forest = (i: number, j: number) => {
    const li = lA(i);
    const lj = lB(j);
    fd[(li - 1) * W + (lj - 1)] = 0;
    for (let i1 = li; i1 <= i; i1++) fd[i1 * W + (lj - 1)] = f(i1 - 1, lj - 1) + del(i1);
    for (let j1 = lj; j1 <= j; j1++) fd[(li - 1) * W + j1] = f(li - 1, j1 - 1) + ins(j1);
    for (let i1 = li; i1 <= i; i1++) {
      for (let j1 = lj; j1 <= j; j1++) {
        const edit = Math.min(f(i1 - 1, j1) + del(i1), f(i1, j1 - 1) + ins(j1));
        if (lA(i1) === li && lB(j1) === lj) {
          const v = Math.min(edit, f(i1 - 1, j1 - 1) + cost(i1, j1));
          fd[i1 * W + j1] = v;
          td[i1 * W + j1] = v;
        } else {
          fd[i1 * W + j1] = Math.min(edit, f(lA(i1) - 1, lB(j1) - 1) + (td[i1 * W + j1] as number));
        }
      }
    }
  };
  for (const i of A.keyroots) for (const j of B.keyroots) forest(i, j);

  const result: TreeMatch = { pairs: [], removed: [], added: [] };
  const pending: Array<[number, number]> = [[n, m]];
  while (pending.length > 0) {
    const [i, j] = pending.pop() as [number, number];
    forest(i, j);
    const li = lA(i);
    const lj = lB(j);
    let i1 = i;
    let j1 = j;
    while (i1 >= li || j1 >= lj) {
      const here = f(i1, j1);
      if (i1 >= li && j1 >= lj) {
        // Prefer a match when it ties with an edit: keeping a node is the simpler story.
        if (lA(i1) === li && lB(j1) === lj) {
          if (here === f(i1 - 1, j1 - 1) + cost(i1, j1)) {
            result.pairs.push([A.nodes[i1] as PlanNode, B.nodes[j1] as PlanNode]);
            i1--;
            j1--;
            continue;
          }
        } else if (here === f(lA(i1) - 1, lB(j1) - 1) + (td[i1 * W + j1] as number)) {
          pending.push([i1, j1]);
          i1 = lA(i1) - 1;
          j1 = lB(j1) - 1;
          continue;
        }
      }
      // The j1 < lj guard keeps the walk finite even if costs were inconsistent.
      if (i1 >= li && (j1 < lj || here === f(i1 - 1, j1) + del(i1))) result.removed.push(A.nodes[i1--] as PlanNode);
      else result.added.push(B.nodes[j1--] as PlanNode);
    }
  }
  return result;
}
