import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffExplains } from "./diff-explains";
import { diffPlans } from "./diff-plans";
import { parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";
import type { NodeDiff, PlanDiff } from "./plan-diff-types";
import type { ParsedExplain, PlanNode } from "./plan-types";
import { openSamples } from "./samples.test-helper";
import { summariseDiff } from "./summarise-diff";

const { readManifestPlans, readPairs, readSample } = openSamples((url) => readFileSync(url, "utf8"));

const pairs = readPairs();
const parse = (file: string) => parseExplain(readSample(file));
const mainRoot = (parsed: ParsedExplain) => pickMainPlan(parsed)?.root as PlanNode;
const logicalRoot = (parsed: ParsedExplain) =>
  parsed.sections.find((s) => s.planType === "logical_plan")?.root as PlanNode;

function diffPair(id: string, pick: (p: ParsedExplain) => PlanNode = mainRoot): PlanDiff {
  const pair = pairs.get(id);
  if (!pair) throw new Error(`no pair ${id}`);
  return diffPlans(pick(parse(pair.before)), pick(parse(pair.after)));
}

const withStatus = (diff: PlanDiff, status: NodeDiff["status"]) => diff.nodes.filter((n) => n.status === status);

describe("before/after pairs report the real change", () => {
  it("finds all 11 pairs", () => {
    expect([...pairs.keys()]).toHaveLength(11);
  });

  it("tpch-q1-datasourceexec: CsvExec renamed DataSourceExec with file_type=csv", () => {
    const diff = diffPair("tpch-q1-datasourceexec");
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 10 });
    expect(withStatus(diff, "changed")[0]).toMatchObject({
      beforeOperator: "CsvExec",
      afterOperator: "DataSourceExec",
      propertyChanges: [{ key: "file_type", before: null, after: "csv" }],
    });
    expect(summariseDiff(diff)).toEqual([
      "CsvExec → DataSourceExec",
      "DataSourceExec (lineitem.tbl): file_type=csv added",
    ]);
    expect(diffPair("tpch-q1-datasourceexec", logicalRoot).hasChanges).toBe(false);
  });

  it("tpch-q5-consecutive-repartitions: round-robin RepartitionExec removed, input_partitions 4 → 1", () => {
    const diff = diffPair("tpch-q5-consecutive-repartitions");
    expect(diff.counts).toMatchObject({ added: 0, removed: 3, changed: 3 });
    expect(withStatus(diff, "removed").every((n) => n.beforeOperator === "RepartitionExec")).toBe(true);
    for (const changed of withStatus(diff, "changed")) {
      expect(changed.propertyChanges).toEqual([{ key: "input_partitions", before: "4", after: "1" }]);
    }
    // Operators removed come before the attribute changes they cause (docs/plan-formats.md, "Diff order").
    expect(summariseDiff(diff)).toEqual([
      "RepartitionExec (RoundRobinBatch) removed between RepartitionExec (Hash) and DataSourceExec (customer.tbl)",
      "RepartitionExec (RoundRobinBatch) removed between RepartitionExec (Hash) and DataSourceExec (supplier.tbl)",
      "RepartitionExec (RoundRobinBatch) removed between RepartitionExec (Hash) and DataSourceExec (nation.tbl)",
      "RepartitionExec: input_partitions 4 → 1 (×3)",
    ]);
  });

  it("tpch-q9-coalesce-in-hashjoin: only the CoalesceBatchesExec above each hash join go, despite re-indentation", () => {
    const pair = pairs.get("tpch-q9-coalesce-in-hashjoin");
    const before = mainRoot(parse(pair?.before ?? ""));
    const diff = diffPlans(before, mainRoot(parse(pair?.after ?? "")));
    expect(diff.counts).toEqual({ added: 0, removed: 5, changed: 0, unchanged: 41 });
    const byId = new Map<string, PlanNode>();
    const stack = [before];
    while (stack.length) {
      const node = stack.pop() as PlanNode;
      byId.set(node.id, node);
      stack.push(...node.children);
    }
    for (const removed of withStatus(diff, "removed")) {
      const node = byId.get(removed.beforeId ?? "");
      expect(node?.operator).toBe("CoalesceBatchesExec");
      expect(node?.children.map((c) => c.operator)).toEqual(["HashJoinExec"]);
    }
  });

  it("tpch-q18-subset-partitioning: Final/Partial aggregates and their repartition collapse into SinglePartitioned", () => {
    const diff = diffPair("tpch-q18-subset-partitioning");
    expect(withStatus(diff, "removed").map((n) => n.beforeOperator)).toEqual(["AggregateExec", "RepartitionExec"]);
    expect(withStatus(diff, "changed")).toMatchObject([
      {
        beforeOperator: "AggregateExec",
        propertyChanges: [{ key: "mode", before: "Partial", after: "SinglePartitioned" }],
      },
    ]);
    expect(diff.counts.added).toBe(0);
    const summary = summariseDiff(diff);
    expect(summary.slice(0, 2).every((line) => / removed (between|under) /.test(line))).toBe(true);
    expect(summary[2]).toBe("AggregateExec: mode Partial → SinglePartitioned");
  });

  it("tpch-q5-inner-to-semi: the join type changes in both plans, the shape does not", () => {
    const physical = diffPair("tpch-q5-inner-to-semi");
    expect(physical.counts).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(summariseDiff(physical)).toEqual(["HashJoinExec: join_type Inner → LeftSemi"]);
    const logical = diffPair("tpch-q5-inner-to-semi", logicalRoot);
    expect(summariseDiff(logical)).toEqual(["join type changed: Inner Join → LeftSemi Join"]);
  });

  it("tpch-q17-expected-plans-filter-pushdown: filters folded into the join, despite the re-padded table", () => {
    const physical = diffPair("tpch-q17-expected-plans-filter-pushdown");
    expect(withStatus(physical, "removed").filter((n) => n.beforeOperator === "FilterExec")).toHaveLength(2);
    const join = withStatus(physical, "changed").find(
      (n) => n.afterOperator === "HashJoinExec" && n.propertyChanges.some((c) => c.key === "filter"),
    );
    expect(join?.propertyChanges.find((c) => c.key === "filter")?.before).toBeNull();
    expect(
      summariseDiff(physical).some(
        (s) => s.startsWith("HashJoinExec: filter=") && s.endsWith("added (filter pushed down)"),
      ),
    ).toBe(true);
    const logical = diffPair("tpch-q17-expected-plans-filter-pushdown", logicalRoot);
    expect(withStatus(logical, "removed").map((n) => n.beforeOperator)).toContain("Filter");
    expect(logical.changes.some((c) => c.text.startsWith("Inner Join: Filter=CAST(lineitem.l_quantity"))).toBe(true);
  });

  it("tree-3join-coalesce-in-hashjoin: two CoalesceBatchesExec boxes disappear", () => {
    const diff = diffPair("tree-3join-coalesce-in-hashjoin");
    expect(diff.counts).toEqual({ added: 0, removed: 2, changed: 0, unchanged: 8 });
    expect(summariseDiff(diff)).toEqual(["CoalesceBatchesExec removed between ProjectionExec and HashJoinExec (×2)"]);
  });

  it("verbose-simple-rule-list: final plans equal, optimizer stages changed", () => {
    const pair = pairs.get("verbose-simple-rule-list");
    const diff = diffExplains(parse(pair?.before ?? ""), parse(pair?.after ?? ""));
    expect(diff.plan?.hasChanges).toBe(false);
    expect(diff.planTypes).toEqual({ before: "physical_plan", after: "physical_plan" });
    expect(diff.stages.removed).toEqual([
      "logical_plan after eliminate_nested_union",
      "logical_plan after eliminate_one_union",
      "physical_plan after EnforceDistribution",
      "physical_plan after EnforceSorting",
      "physical_plan after coalesce_batches",
      "physical_plan after coalesce_async_exec_input",
    ]);
    expect(diff.stages.added).toEqual(
      expect.arrayContaining([
        "logical_plan after rewrite_set_comparison",
        "logical_plan after optimize_unions",
        "logical_plan after unions_to_filter",
        "logical_plan after extract_leaf_expressions",
        "logical_plan after push_down_leaf_projections",
        "physical_plan after EnsureRequirements",
        "physical_plan after HashJoinBuffering",
        "physical_plan after PushdownSort",
        "physical_plan after TopKRepartition",
        "physical_plan after WindowTopN",
      ]),
    );
    expect(diff.stages.added).toHaveLength(10);
  });

  it("graphviz-values-nullability: one schema label changes", () => {
    const diff = diffPair("graphviz-values-nullability");
    expect(diff.nodes).toMatchObject([
      {
        status: "changed",
        propertyChanges: [{ key: "schema", before: "[column1:Int64;N]", after: "[column1:Int64]" }],
      },
    ]);
  });
});

describe("control pairs (only the rendering changed) report nothing", () => {
  it.each([
    ["tpch-q3-slt-layout-only", mainRoot],
    ["tpch-q3-slt-layout-only", logicalRoot],
    ["pgjson-key-order", mainRoot],
  ] as const)("%s", (id, pick) => {
    const diff = diffPair(id, pick);
    expect(diff.hasChanges).toBe(false);
    expect(diff.hasMetricChanges).toBe(false);
    expect(diff.changes).toEqual([]);
    expect(diff.counts.unchanged).toBe(diff.nodes.length);
  });
});

describe("every sample against itself", () => {
  it.each(readManifestPlans().map((f) => [f.file] as const))("%s: no change", (file) => {
    const root = mainRoot(parse(file));
    const diff = diffPlans(root, mainRoot(parse(file)));
    expect(diff.hasChanges || diff.hasMetricChanges).toBe(false);
    expect(Object.keys(diff.byBeforeId)).toHaveLength(diff.nodes.length);
  });
});

describe("same SQL under other settings", () => {
  it("analyze-2 -> -3: hash_join_buffering_capacity adds a BufferExec", () => {
    const diff = diffPlans(
      mainRoot(parse("analyze-explain_analyze-2.txt")),
      mainRoot(parse("analyze-explain_analyze-3.txt")),
    );
    expect(summariseDiff(diff)).toEqual([
      "BufferExec added between HashJoinExec (mode=CollectLeft) and ProjectionExec",
    ]);
  });

  it("tree-8 -> tree-7: cropping hides one scan", () => {
    const diff = diffPlans(mainRoot(parse("tree-explain_tree-8.txt")), mainRoot(parse("tree-explain_tree-7.txt")));
    expect(summariseDiff(diff)).toEqual(["DataSourceExec removed under CrossJoinExec"]);
  });
});
