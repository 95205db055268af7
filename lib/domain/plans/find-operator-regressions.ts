import { listPlanNodes } from "./build-plan-node";
import { describePlanNode } from "./describe-plan-node";
import type { MetricDelta, PlanDiff } from "./plan-diff-types";
import type { MetricValue, PlanNode } from "./plan-types";

// One ANALYZE run per release has no spread of its own, so a move "beyond noise" is decided by
// floors (docs/plan-formats.md, "Operator metrics beyond noise"); the LanceDB reruns in
// tests/fixtures/lancedb stay under them.
const TIMING_RE = /^(elapsed_compute|elapsed|cumulative_cpu)$|_time$/;
const SPILL_RE = /^spill(ed)?_(count|bytes|rows)$/;
const MEMORY_RE = /mem/;
const MIN_RELATIVE = 0.3;
const MIN_TIMING_NS = 1e6;
const MIN_TIMING_SHARE = 0.05;
const MIN_MEMORY_BYTES = 1024 ** 2;

export interface OperatorMove {
  key: string;
  before: string;
  after: string;
  /** after / before - 1; null when before is 0. */
  change: number | null;
  kind: "rows" | "spill" | "memory" | "time";
}

export interface OperatorRegression {
  afterId: string;
  label: string;
  moves: OperatorMove[];
}

function rootTime(root: PlanNode): number {
  let most = 0;
  for (const { node } of listPlanNodes(root)) {
    for (const [key, metric] of Object.entries(node.metrics))
      if (TIMING_RE.test(key) && metric.unit === "ns" && metric.value !== null) most = Math.max(most, metric.value);
  }
  return most;
}

function classify(delta: MetricDelta, planTime: number): OperatorMove["kind"] | null {
  const { key, before, after } = delta;
  if (!before || !after || before.value === null || after.value === null) return null;
  const change = before.value === 0 ? null : after.value / before.value - 1;
  const diff = Math.abs(after.value - before.value);
  if (key === "output_rows") return diff > 0 ? "rows" : null;
  if (SPILL_RE.test(key)) return after.value > before.value ? "spill" : null;
  if (MEMORY_RE.test(key) && after.unit === "B")
    return diff >= MIN_MEMORY_BYTES && (change === null || Math.abs(change) >= MIN_RELATIVE) ? "memory" : null;
  if (TIMING_RE.test(key) && after.unit === "ns") {
    const floor = Math.max(MIN_TIMING_NS, MIN_TIMING_SHARE * planTime);
    return diff >= floor && (change === null || Math.abs(change) >= MIN_RELATIVE) ? "time" : null;
  }
  return null;
}

const raw = (m: MetricValue | null) => m?.raw ?? "–";

/**
 * The operators of two ANALYZE plans of one query whose metrics moved beyond noise (rows, spills,
 * memory, time), in the after plan's order, for "q5 got 30% slower: its HashJoinExec spilled".
 */
export function findOperatorRegressions({
  diff,
  before,
  after,
}: {
  diff: PlanDiff;
  before: PlanNode;
  after: PlanNode;
}): OperatorRegression[] {
  const planTime = Math.max(rootTime(before), rootTime(after));
  const out: OperatorRegression[] = [];
  for (const { node } of listPlanNodes(after)) {
    const entry = diff.byAfterId[node.id];
    if (!entry || entry.metricDeltas.length === 0) continue;
    const moves: OperatorMove[] = [];
    for (const delta of entry.metricDeltas) {
      const kind = classify(delta, planTime);
      if (!kind) continue;
      const b = delta.before?.value ?? 0;
      moves.push({
        key: delta.key,
        before: raw(delta.before),
        after: raw(delta.after),
        change: b === 0 ? null : (delta.after?.value ?? 0) / b - 1,
        kind,
      });
    }
    if (moves.length) out.push({ afterId: node.id, label: describePlanNode(node), moves });
  }
  return out;
}
