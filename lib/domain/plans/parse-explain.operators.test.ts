import { describe, expect, it } from "vitest";
import { parseExplain } from "./parse-explain";
import type { PlanNode } from "./plan-types";

// Hand-written lines for each operator family, in DataFusion's indent grammar, plus operators
// DataFusion does not have: the parser reads the grammar, not a list of names.
const single = (line: string): PlanNode => {
  const parsed = parseExplain(line);
  expect(parsed.problems).toEqual([]);
  return parsed.sections[0]?.root as PlanNode;
};

describe.each([
  // scan
  [
    "scan",
    "DataSourceExec: file_groups={2 groups: [[/d/a.parquet:0..10], [/d/a.parquet:10..20]]}, projection=[a, b], file_type=parquet, predicate=a@0 > 5, pruning_predicate=a_null_count@1 != row_count@2 AND a_max@0 > 5, required_guarantees=[]",
    "DataSourceExec",
    {
      file_groups: "{2 groups: [[/d/a.parquet:0..10], [/d/a.parquet:10..20]]}",
      projection: "[a, b]",
      file_type: "parquet",
      predicate: "a@0 > 5",
      pruning_predicate: "a_null_count@1 != row_count@2 AND a_max@0 > 5",
      required_guarantees: "[]",
    },
  ],
  [
    "scan (logical)",
    'TableScan: orders projection=[o_orderkey, o_custkey], partial_filters=[orders.o_orderdate >= Date32("1994-01-01")], fetch=5',
    "TableScan",
    {
      args: "orders",
      projection: "[o_orderkey, o_custkey]",
      partial_filters: '[orders.o_orderdate >= Date32("1994-01-01")]',
      fetch: "5",
    },
  ],
  [
    "scan (memory)",
    "LazyMemoryExec: partitions=1, batch_generators=[generate_series: start=1, end=10, batch_size=8192]",
    "LazyMemoryExec",
    { partitions: "1", batch_generators: "[generate_series: start=1, end=10, batch_size=8192]" },
  ],
  ["leaf without attributes", "PlaceholderRowExec", "PlaceholderRowExec", {}],
  // filter: a decimal literal prints its own top-level commas
  [
    "filter",
    "FilterExec: sum(lineitem.l_quantity)@1 > Some(30000),25,2, projection=[l_orderkey@0]",
    "FilterExec",
    { args: "sum(lineitem.l_quantity)@1 > Some(30000),25,2", projection: "[l_orderkey@0]" },
  ],
  [
    "filter (logical)",
    'Filter: orders.o_orderdate >= Date32("1994-01-01") AND orders.o_orderdate < Date32("1995-01-01")',
    "Filter",
    { args: 'orders.o_orderdate >= Date32("1994-01-01") AND orders.o_orderdate < Date32("1995-01-01")' },
  ],
  // projection
  [
    "projection",
    'ProjectionExec: expr=[a@0 as a, CAST(b@1 AS Int64) as "b, cast"]',
    "ProjectionExec",
    { expr: '[a@0 as a, CAST(b@1 AS Int64) as "b, cast"]' },
  ],
  [
    "projection (logical)",
    "Projection: t.a, CAST(t.b AS Int64) AS b",
    "Projection",
    { args: "t.a, CAST(t.b AS Int64) AS b" },
  ],
  // aggregate
  [
    "aggregate",
    "AggregateExec: mode=Partial, gby=[(NULL as c2, NULL as c3), (c2@0 as c2, NULL as c3)], aggr=[], lim=[3]",
    "AggregateExec",
    { mode: "Partial", gby: "[(NULL as c2, NULL as c3), (c2@0 as c2, NULL as c3)]", aggr: "[]", lim: "[3]" },
  ],
  [
    "aggregate (logical)",
    "Aggregate: groupBy=[[t.b]], aggr=[[sum(CAST(t.x AS Int64))]]",
    "Aggregate",
    { groupBy: "[[t.b]]", aggr: "[[sum(CAST(t.x AS Int64))]]" },
  ],
  // joins
  [
    "hash join",
    "HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(k@0, k@0)], filter=a@0 < b@1, projection=[k@0]",
    "HashJoinExec",
    { mode: "CollectLeft", join_type: "Inner", on: "[(k@0, k@0)]", filter: "a@0 < b@1", projection: "[k@0]" },
  ],
  [
    "sort-merge join",
    "SortMergeJoinExec: join_type=Left, on=[(a@0, a@0)], filter=CAST(b@1 AS Int64) * 50 <= CAST(b@0 AS Int64)",
    "SortMergeJoinExec",
    { join_type: "Left", on: "[(a@0, a@0)]", filter: "CAST(b@1 AS Int64) * 50 <= CAST(b@0 AS Int64)" },
  ],
  [
    "nested-loop join",
    "NestedLoopJoinExec: join_type=Inner, filter=a@0 < b@1",
    "NestedLoopJoinExec",
    { join_type: "Inner", filter: "a@0 < b@1" },
  ],
  [
    "symmetric hash join",
    "SymmetricHashJoinExec: mode=Partitioned, join_type=Full, on=[(a@0, a@0)]",
    "SymmetricHashJoinExec",
    { mode: "Partitioned", join_type: "Full", on: "[(a@0, a@0)]" },
  ],
  ["cross join", "CrossJoinExec", "CrossJoinExec", {}],
  [
    "join (logical)",
    "Left Join: t1.a = t2.a, t1.c = t2.c Filter: t1.b > t2.b",
    "Left Join",
    { args: "t1.a = t2.a, t1.c = t2.c", Filter: "t1.b > t2.b" },
  ],
  ["anti join (logical)", "LeftAnti Join: t1.a = t2.a", "LeftAnti Join", { args: "t1.a = t2.a" }],
  // sort / top-k
  [
    "top-k sort",
    "SortExec: TopK(fetch=10), expr=[a@0 DESC NULLS LAST], preserve_partitioning=[false]",
    "SortExec",
    { args: "TopK(fetch=10)", expr: "[a@0 DESC NULLS LAST]", preserve_partitioning: "[false]" },
  ],
  [
    "merge",
    "SortPreservingMergeExec: [a@0 ASC NULLS LAST, b@1 DESC], fetch=5",
    "SortPreservingMergeExec",
    { args: "[a@0 ASC NULLS LAST, b@1 DESC]", fetch: "5" },
  ],
  [
    "sort (logical)",
    "Sort: t.a DESC NULLS FIRST, t.b ASC NULLS LAST, fetch=10",
    "Sort",
    { args: "t.a DESC NULLS FIRST, t.b ASC NULLS LAST", fetch: "10" },
  ],
  // window
  [
    "window",
    'BoundedWindowAggExec: wdw=[row_number() ORDER BY [t.a ASC NULLS LAST] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: Field { "row_number() ORDER BY [t.a ASC NULLS LAST]": UInt64 }, frame: ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW], mode=[Sorted]',
    "BoundedWindowAggExec",
    {
      wdw: '[row_number() ORDER BY [t.a ASC NULLS LAST] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: Field { "row_number() ORDER BY [t.a ASC NULLS LAST]": UInt64 }, frame: ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW]',
      mode: "[Sorted]",
    },
  ],
  [
    "window (logical)",
    "WindowAggr: windowExpr=[[row_number() ORDER BY [t.a ASC NULLS LAST] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW]]",
    "WindowAggr",
    { windowExpr: "[[row_number() ORDER BY [t.a ASC NULLS LAST] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW]]" },
  ],
  // repartition / coalesce
  [
    "repartition",
    "RepartitionExec: partitioning=Hash([a@0, b@1], 16), input_partitions=16, preserve_order=true, sort_exprs=a@0 ASC, b@1 ASC",
    "RepartitionExec",
    {
      partitioning: "Hash([a@0, b@1], 16)",
      input_partitions: "16",
      preserve_order: "true",
      sort_exprs: "a@0 ASC, b@1 ASC",
    },
  ],
  ["coalesce partitions", "CoalescePartitionsExec: fetch=5", "CoalescePartitionsExec", { fetch: "5" }],
  [
    "coalesce batches",
    "CoalesceBatchesExec: target_batch_size=8192",
    "CoalesceBatchesExec",
    { target_batch_size: "8192" },
  ],
  // limit
  ["global limit", "GlobalLimitExec: skip=0, fetch=10", "GlobalLimitExec", { skip: "0", fetch: "10" }],
  ["local limit", "LocalLimitExec: fetch=10", "LocalLimitExec", { fetch: "10" }],
  ["limit (logical)", "Limit: skip=0, fetch=10", "Limit", { skip: "0", fetch: "10" }],
  // union
  ["union", "UnionExec", "UnionExec", {}],
  ["interleave", "InterleaveExec", "InterleaveExec", {}],
  ["union (logical)", "Union", "Union", {}],
  // operators of other DataFusion-based engines
  [
    "custom shuffle",
    "MyVendorShuffleExec: stage=3, partitioning=Hash([a@0], 16), shuffle_dir=s3://bucket/tmp",
    "MyVendorShuffleExec",
    { stage: "3", partitioning: "Hash([a@0], 16)", shuffle_dir: "s3://bucket/tmp" },
  ],
  [
    "namespaced custom",
    "vendor::RemoteScanExec: endpoint=grpc://host:50051, table=t",
    "vendor::RemoteScanExec",
    { endpoint: "grpc://host:50051", table: "t" },
  ],
  ["bracketed custom", "CometScan [parquet] file=a.parquet", "CometScan", { args: "[parquet]", file: "a.parquet" }],
  ["custom without attributes", "Exchange2Exec", "Exchange2Exec", {}],
])("%s", (_family, line, operator, properties) => {
  it("reads the operator and its attributes", () => {
    const node = single(line);
    expect(node.operator).toBe(operator);
    expect(node.properties).toEqual(properties);
    expect(node.raw).toBe(line);
  });
});

describe("whole plans", () => {
  const physical = [
    "SortPreservingMergeExec: [total@1 DESC], fetch=10",
    "  SortExec: TopK(fetch=10), expr=[total@1 DESC], preserve_partitioning=[true]",
    "    ProjectionExec: expr=[region@0 as region, sum(s.amount)@1 as total]",
    "      AggregateExec: mode=FinalPartitioned, gby=[region@0 as region], aggr=[sum(s.amount)]",
    "        RepartitionExec: partitioning=Hash([region@0], 16), input_partitions=16",
    "          AggregateExec: mode=Partial, gby=[region@1 as region], aggr=[sum(s.amount)]",
    "            HashJoinExec: mode=CollectLeft, join_type=Inner, on=[(id@0, store_id@1)], projection=[region@1, amount@2]",
    "              CoalescePartitionsExec",
    "                DataSourceExec: file_groups={1 group: [[/data/stores.csv]]}, projection=[id, region], file_type=csv, has_header=true",
    "              MyVendorShuffleExec: stage=2, partitioning=RoundRobinBatch(16)",
    "                FilterExec: amount@0 > 100, projection=[store_id@1, amount@0]",
    "                  DataSourceExec: file_groups={16 groups: [[/data/sales/0.parquet:0..100], ...]}, projection=[amount, store_id], file_type=parquet, predicate=amount@0 > 100",
    "",
  ].join("\n");

  it("builds the tree from indentation, children in order", () => {
    const parsed = parseExplain(physical);
    expect(parsed).toMatchObject({ format: "indent", layout: "bare", problems: [] });
    expect(parsed.sections[0]?.planType).toBe("physical_plan");
    const join = parsed.sections[0]?.root?.children[0]?.children[0]?.children[0]?.children[0]?.children[0]
      ?.children[0] as PlanNode;
    expect(join.operator).toBe("HashJoinExec");
    expect(join.id).toBe("0.0.0.0.0.0.0");
    expect(join.children.map((c) => c.operator)).toEqual(["CoalescePartitionsExec", "MyVendorShuffleExec"]);
    expect(join.children[1]?.children[0]?.children[0]?.line).toBe(12);
  });

  it("infers Plan with Metrics for a bare ANALYZE plan and reads its metrics", () => {
    const parsed = parseExplain(
      [
        "CrossJoinExec, metrics=[output_rows=4, build_time=1.2ms]",
        "  EmptyExec, metrics=[]",
        "  EmptyExec, metrics=[]",
      ].join("\n"),
    );
    expect(parsed.format).toBe("analyze");
    expect(parsed.sections[0]?.planType).toBe("Plan with Metrics");
    expect(parsed.sections[0]?.root?.metrics.build_time).toEqual({ raw: "1.2ms", value: 1_200_000, unit: "ns" });
  });

  it("reads a logical plan as logical", () => {
    const parsed = parseExplain("Projection: t.a\n  Filter: t.a > Int64(1)\n    TableScan: t projection=[a]");
    expect(parsed.sections[0]).toMatchObject({ planType: "logical_plan", kind: "logical" });
  });

  it("gives the same ids to the same text", () => {
    expect(parseExplain(physical)).toEqual(parseExplain(physical));
  });
});

// Lines as DataFusion 50-54 engines print them (tests/fixtures/lancedb), one per defect class of
// the plan parser that issue 11 found; docs/plan-formats.md numbers each hazard.
describe("ANALYZE lines engines print today", () => {
  const line = (text: string) => {
    const parsed = parseExplain(text);
    return { root: parsed.sections[0]?.root as PlanNode, problems: parsed.problems, section: parsed.sections[0] };
  };

  it.each<[string, string, string, Record<string, string>, string[]]>([
    [
      "an ANALYZE root whose attributes follow the name without a colon (DataFusion 54)",
      "AnalyzeExec verbose=true, elapsed=829.456µs, metrics=[]",
      "AnalyzeExec",
      { verbose: "true" },
      ["elapsed"],
    ],
    [
      "metrics followed by cumulative_cpu (DataFusion 50)",
      "GlobalLimitExec: skip=0, fetch=4, metrics=[output_rows=4, elapsed_compute=811ns], cumulative_cpu=655.018µs",
      "GlobalLimitExec",
      { skip: "0", fetch: "4" },
      ["output_rows", "elapsed_compute", "cumulative_cpu"],
    ],
    [
      "a predicate after elapsed= is an attribute of its own, not part of the timing",
      "FilterExec: elapsed=671.749µs, _distance@3 IS NOT NULL, metrics=[output_rows=5, selectivity=100% (5/5)]",
      "FilterExec",
      { args: "_distance@3 IS NOT NULL" },
      ["elapsed", "output_rows", "selectivity"],
    ],
    [
      "TopK(fetch=...) after elapsed=",
      "SortExec: elapsed=5.8ms, TopK(fetch=5), expr=[_distance@3 ASC NULLS LAST], preserve_partitioning=[false], metrics=[]",
      "SortExec",
      { args: "TopK(fetch=5)", expr: "[_distance@3 ASC NULLS LAST]", preserve_partitioning: "[false]" },
      ["elapsed"],
    ],
    [
      "a custom operator with metrics in the middle of the line",
      "LanceRead: elapsed=1.5ms, uri=tmp/x/orders.lance/data, projection=[id], metrics=[output_rows=10, rows_scanned=1.02 K], cumulative_cpu=1.4ms",
      "LanceRead",
      { uri: "tmp/x/orders.lance/data", projection: "[id]" },
      ["elapsed", "output_rows", "rows_scanned", "cumulative_cpu"],
    ],
  ])("%s", (_name, text, operator, properties, metrics) => {
    const { root, problems } = line(text);
    expect(problems).toEqual([]);
    expect(root.operator).toBe(operator);
    expect(root.properties).toEqual(properties);
    expect(Object.keys(root.metrics)).toEqual(metrics);
  });

  it("keeps a decimal literal's own commas inside the predicate", () => {
    const { root } = line("FilterExec: elapsed=1ms, l_discount@1 >= Some(5),15,2, projection=[a@0]");
    expect(root.properties).toEqual({ args: "l_discount@1 >= Some(5),15,2", projection: "[a@0]" });
  });

  it("reads `, word=` inside an unquoted literal as part of the expression, with a warning", () => {
    const { root, problems } = line("FilterExec: note@0 = alpha bravo shipment, priority=1 OR amount@1 > 990");
    expect(root.properties).toEqual({ args: "note@0 = alpha bravo shipment, priority=1 OR amount@1 > 990" });
    expect(problems).toEqual([
      {
        line: 1,
        severity: "warning",
        message: expect.stringContaining('an unquoted string literal may contain ", priority=" (ambiguous)'),
      },
    ]);
  });

  it("splits a short `, word=value` after an expression but says it may be a literal", () => {
    const { root, problems } = line("FilterExec: note@0 = alpha, priority=1");
    expect(root.properties).toEqual({ args: "note@0 = alpha", priority: "1" });
    expect(problems[0]?.message).toContain("may be the end of an unquoted string literal");
  });

  it("does not warn about attributes DataFusion prints after a predicate", () => {
    expect(line("FilterExec: a@0 = x, projection=[a@0], fetch=5").problems).toEqual([]);
  });

  it("reads a plan of operators that do not end in Exec as physical", () => {
    const { section } = line(
      "LanceRead: uri=tmp/x/orders.lance/data, projection=[id], full_filter=id > Float64(2990)\n  ScalarIndexQuery: query=[id > 2990]@id_idx(BTree)",
    );
    expect(section).toMatchObject({ planType: "physical_plan", kind: "physical" });
  });
});
