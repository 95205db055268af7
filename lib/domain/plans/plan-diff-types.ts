import type { MetricValue } from "./plan-types";

export type NodeStatus = "added" | "removed" | "changed" | "unchanged";

export interface PropertyChange {
  key: string;
  /** Values as printed (not masked), null when the attribute is absent on that side. */
  before: string | null;
  after: string | null;
}

export interface MetricDelta {
  key: string;
  before: MetricValue | null;
  after: MetricValue | null;
  /** after - before, in the metric's base unit; null unless both sides are numbers of one unit. */
  delta: number | null;
  /** delta / before (0.1 = +10%); null when before is 0 or not a number. */
  ratio: number | null;
}

export interface NodeDiff {
  status: NodeStatus;
  beforeId: string | null;
  afterId: string | null;
  beforeOperator: string | null;
  afterOperator: string | null;
  /** Only attributes whose masked values differ (machine noise is not a change). */
  propertyChanges: PropertyChange[];
  /** ANALYZE metrics that differ between matched nodes; never makes a node "changed". */
  metricDeltas: MetricDelta[];
  /** A removed node with an identical added twin (or the reverse): it moved, e.g. join inputs swapped. */
  moved: boolean;
}

export type PlanChangeKind =
  "operator" | "replaced" | "property" | "renumbered" | "added" | "removed" | "moved" | "join-order" | "metric";

export interface PlanChange {
  kind: PlanChangeKind;
  text: string;
  beforeId: string | null;
  afterId: string | null;
}

export interface PlanDiff {
  /** The plan itself changed: operators added, removed, renamed, moved or with other attributes. */
  hasChanges: boolean;
  /** Some ANALYZE metric differs (timings almost always do). */
  hasMetricChanges: boolean;
  /** Every node of both plans: matched and removed nodes in the before plan's order, then added ones. */
  nodes: NodeDiff[];
  /** For the side-by-side view: the entry of each node of each tree, by PlanNode.id. */
  byBeforeId: Record<string, NodeDiff>;
  byAfterId: Record<string, NodeDiff>;
  changes: PlanChange[];
  counts: Record<NodeStatus, number>;
}

export interface DiffOptions {
  /** See normalise-plan-values.ts; default "relative" to each plan's target partition count. */
  partitionCounts?: "relative" | "exact";
  /** Smallest relative metric change turned into a summary line (default 0.1 = 10%). */
  metricChangeThreshold?: number;
}
