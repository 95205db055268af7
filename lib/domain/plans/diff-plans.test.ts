import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffExplains } from "./diff-explains";
import { diffPlans } from "./diff-plans";
import { parseExplain } from "./parse-explain";
import type { DiffOptions } from "./plan-diff-types";
import type { PlanNode } from "./plan-types";
import { openSamples } from "./samples.test-helper";
import { summariseDiff } from "./summarise-diff";

const { readSample } = openSamples((url) => readFileSync(url, "utf8"));

const root = (text: string) => parseExplain(text).sections[0]?.root as PlanNode;
const plan = (...lines: string[]) => root(lines.join("\n"));
const summary = (before: PlanNode, after: PlanNode, options?: DiffOptions) =>
  summariseDiff(diffPlans(before, after, options));

const scan = (file: string, extra = "") =>
  `DataSourceExec: file_groups={1 group: [[/data/${file}]]}, projection=[k, v], file_type=parquet${extra}`;

describe("diffPlans describes plan changes", () => {
  it("a join mode change", () => {
    const before = plan(
      "HashJoinExec: mode=Partitioned, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("a.parquet")}`,
      `  ${scan("b.parquet")}`,
    );
    const after = plan(
      "HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("a.parquet")}`,
      `  ${scan("b.parquet")}`,
    );
    const diff = diffPlans(before, after);
    expect(diff.byBeforeId["0"]).toMatchObject({
      status: "changed",
      afterId: "0",
      propertyChanges: [{ key: "mode", before: "Partitioned", after: "CollectLeft" }],
    });
    expect(summariseDiff(diff)).toEqual(["HashJoinExec: mode Partitioned → CollectLeft"]);
  });

  it("a join algorithm change", () => {
    const before = plan(
      "HashJoinExec: mode=Partitioned, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("a.parquet")}`,
      `  ${scan("b.parquet")}`,
    );
    const after = plan(
      "SortMergeJoinExec: join_type=Inner, on=[(k@0, k@0)]",
      "  SortExec: expr=[k@0 ASC], preserve_partitioning=[true]",
      `    ${scan("a.parquet")}`,
      "  SortExec: expr=[k@0 ASC], preserve_partitioning=[true]",
      `    ${scan("b.parquet")}`,
    );
    expect(summary(before, after)).toEqual([
      "join algorithm changed: HashJoinExec → SortMergeJoinExec",
      "SortExec added between SortMergeJoinExec and DataSourceExec (a.parquet)",
      "SortExec added between SortMergeJoinExec and DataSourceExec (b.parquet)",
      "SortMergeJoinExec: mode removed (was Partitioned)",
    ]);
  });

  it("a join order change (build and probe sides swapped)", () => {
    const before = plan(
      "HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("customer.parquet")}`,
      `  ${scan("orders.parquet")}`,
    );
    const after = plan(
      "HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("orders.parquet")}`,
      `  ${scan("customer.parquet")}`,
    );
    const diff = diffPlans(before, after);
    expect(diff.hasChanges).toBe(true);
    expect(summariseDiff(diff)).toContain(
      "join order changed at HashJoinExec: [customer.parquet] ⋈ [orders.parquet] → [orders.parquet] ⋈ [customer.parquet]",
    );
    expect(diff.nodes.filter((n) => n.moved)).toHaveLength(2);
  });

  it("a lost filter pushdown", () => {
    const before = plan(
      "ProjectionExec: expr=[v@1 as v]",
      `  ${scan("t.parquet", ", predicate=k@0 > 10, pruning_predicate=k_max@0 > 10")}`,
    );
    const after = plan("ProjectionExec: expr=[v@1 as v]", "  FilterExec: k@0 > 10", `    ${scan("t.parquet")}`);
    expect(summary(before, after)).toEqual([
      "FilterExec added between ProjectionExec and DataSourceExec (t.parquet)",
      "DataSourceExec (t.parquet): predicate removed (filter pushdown lost) (was k@0 > 10)",
      "DataSourceExec (t.parquet): pruning_predicate removed (filter pushdown lost) (was k_max@0 > 10)",
    ]);
  });

  it("a changed partition count of one repartition", () => {
    const before = plan(
      "UnionExec",
      "  RepartitionExec: partitioning=Hash([k@0], 16), input_partitions=1",
      `    ${scan("a.parquet")}`,
      "  RepartitionExec: partitioning=Hash([k@0], 16), input_partitions=1",
      `    ${scan("b.parquet")}`,
    );
    const after = plan(
      "UnionExec",
      "  RepartitionExec: partitioning=Hash([k@0], 16), input_partitions=1",
      `    ${scan("a.parquet")}`,
      "  RepartitionExec: partitioning=Hash([k@0], 4), input_partitions=1",
      `    ${scan("b.parquet")}`,
    );
    expect(summary(before, after)).toEqual(["RepartitionExec partition count 16 → 4"]);
  });

  it("an added subtree is reported once, at its top", () => {
    const before = plan("UnionExec", `  ${scan("a.parquet")}`);
    const after = plan("UnionExec", `  ${scan("a.parquet")}`, "  FilterExec: k@0 > 1", `    ${scan("b.parquet")}`);
    expect(summary(before, after)).toEqual(["FilterExec added under UnionExec with 1 operator below it"]);
  });
});

describe("machine and run noise is not a change", () => {
  // The same TPC-H plan as a 16-core CI runner would print it: other checkout path, file split,
  // target partitions and batch size.
  const local = readSample("indent-tpch_plans_q5-1.txt").split("physical_plan\n")[1] as string;
  const ci = local
    .replace(/WORKSPACE_ROOT/g, "/home/runner/work/datafusion/datafusion")
    .replace(/, 4\)/g, ", 16)")
    .replace(/RoundRobinBatch\(4\)/g, "RoundRobinBatch(16)")
    .replace(/input_partitions=4/g, "input_partitions=16")
    .replace(/\{4 groups: \[\[([^\]:]+):[^\]]*\]/g, "{16 groups: [[$1:0..1055820]")
    .replace(/target_batch_size=8192/g, "target_batch_size=4096");

  it("paths, file splits, target partitions and batch size are masked", () => {
    expect(ci).not.toBe(local);
    const diff = diffPlans(root(local), root(ci));
    expect(diff.changes).toEqual([]);
  });

  it("but exact partition counts can be asked for", () => {
    const diff = diffPlans(root(local), root(ci), { partitionCounts: "exact" });
    expect(summariseDiff(diff)).toEqual([
      "RepartitionExec partition count 4 → 16 (×12)",
      "RepartitionExec: input_partitions 4 → 16 (×9)",
    ]);
  });

  it("run-time dynamic filter contents and 2023 column rendering are masked", () => {
    const before = plan(
      'HashJoinExec: mode=Partitioned, join_type=Inner, on=[(Column { name: "k", index: 0 }, Column { name: "k", index: 0 })]',
      `  ${scan("a.parquet", ", predicate=DynamicFilter [ empty ]")}`,
    );
    const after = plan(
      "HashJoinExec: mode=Partitioned, join_type=Inner, on=[(k@0, k@0)]",
      `  ${scan("a.parquet", ", predicate=DynamicFilter [ k@0 >= 3 AND k@0 <= 9 ]")}`,
    );
    expect(diffPlans(before, after).hasChanges).toBe(false);
  });
});

describe("ANALYZE metrics", () => {
  const run = (rows: number, time: string, bytes: string) =>
    plan(
      `FilterExec: k@0 > 1, metrics=[output_rows=${rows}, elapsed_compute=${time}]`,
      `  ${scan("a.parquet", `, metrics=[output_rows=1000, bytes_scanned=${bytes}]`)}`,
    );

  it("reports each operator's metric deltas without calling the plan changed", () => {
    const diff = diffPlans(run(100, "2ms", "1.0 MB"), run(50, "2.1ms", "1.0 MB"));
    expect(diff.hasChanges).toBe(false);
    expect(diff.hasMetricChanges).toBe(true);
    expect(diff.byAfterId["0"]?.metricDeltas).toEqual([
      {
        key: "output_rows",
        before: { raw: "100", value: 100, unit: null },
        after: { raw: "50", value: 50, unit: null },
        delta: -50,
        ratio: -0.5,
      },
      {
        key: "elapsed_compute",
        before: { raw: "2ms", value: 2e6, unit: "ns" },
        after: { raw: "2.1ms", value: 2.1e6, unit: "ns" },
        delta: expect.closeTo(1e5),
        ratio: expect.closeTo(0.05),
      },
    ]);
    expect(diff.byAfterId["0.0"]?.metricDeltas).toEqual([]);
    // 5% is under the default 10% threshold: listed in metricDeltas, not summarised.
    expect(summariseDiff(diff)).toEqual(["FilterExec: output_rows 100 → 50 (-50%)"]);
    expect(summariseDiff(diff, { includeMetrics: false })).toEqual([]);
  });

  it("summarises smaller changes when asked to", () => {
    expect(summary(run(100, "2ms", "1.0 MB"), run(100, "2.1ms", "1.5 MB"), { metricChangeThreshold: 0.01 })).toEqual([
      "FilterExec: elapsed_compute 2ms → 2.1ms (+5%)",
      "DataSourceExec (a.parquet): bytes_scanned 1.0 MB → 1.5 MB (+50%)",
    ]);
  });
});

describe("diff shape", () => {
  it("indexes every node of both trees by id for the side-by-side view", () => {
    const before = plan("ProjectionExec: expr=[k@0 as k]", "  FilterExec: k@0 > 1", `    ${scan("a.parquet")}`);
    const after = plan("ProjectionExec: expr=[k@0 as k]", `  ${scan("a.parquet")}`);
    const diff = diffPlans(before, after);
    expect(Object.keys(diff.byBeforeId)).toEqual(["0", "0.0", "0.0.0"]);
    expect(Object.keys(diff.byAfterId)).toEqual(["0", "0.0"]);
    expect(diff.byBeforeId["0.0"]).toMatchObject({ status: "removed", afterId: null });
    expect(diff.byBeforeId["0.0.0"]).toBe(diff.byAfterId["0.0"]);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it("stays fast on very large plans (greedy matching past the size limit)", () => {
    const wide = (n: number, changed: number) =>
      [
        "UnionExec",
        ...Array.from(
          { length: n },
          (_, i) => `  FilterExec: k@0 > ${i === changed ? -1 : i}\n    ${scan(`f${i}.parquet`)}`,
        ),
      ].join("\n");
    const started = performance.now();
    const diff = diffPlans(root(wide(800, -1)), root(wide(800, 400)));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(diff.counts.changed).toBe(1);
    expect(summariseDiff(diff)).toEqual(["FilterExec: k@0 > 400 → k@0 > -1"]);
  });

  it("diffExplains notes when the two texts are in different formats", () => {
    const tree = parseExplain(readSample("tree-explain_tree-1.txt"));
    const indent = parseExplain(
      "AggregateExec: mode=FinalPartitioned, gby=[string_col@0 as string_col], aggr=[sum(table1.bigint_col)]",
    );
    expect(diffExplains(tree, indent).notes).toEqual([
      "formats differ (tree vs indent); attribute names differ between them, so expect attribute changes",
    ]);
  });
});
