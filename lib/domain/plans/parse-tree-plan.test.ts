import { describe, expect, it } from "vitest";
import { parseExplain } from "./parse-explain";
import type { PlanNode } from "./plan-types";
import { shapeOf } from "./samples.test-helper";

// Written the way DataFusion's TreeRenderVisitor lays boxes out (29 columns, ┬/┴ links, a
// ├──┬──┐ connector for a third child, wrapped and empty-valued attributes), with operators
// DataFusion does not have.
const CUSTOM_TREE = [
  "┌───────────────────────────┐",
  "│    MyVendorShuffleExec    │",
  "│    --------------------   │",
  "│       partitioning:       │",
  "│    Hash([region@0], 16)   │",
  "│                           │",
  "│          stage: 3         │",
  "└─────────────┬─────────────┘",
  "┌─────────────┴─────────────┐",
  "│         UnionExec         ├──────────────┬────────────────────────────┐",
  "└─────────────┬─────────────┘              │                            │",
  "┌─────────────┴─────────────┐┌─────────────┴─────────────┐┌─────────────┴─────────────┐",
  "│       DataSourceExec      ││       ProjectionExec      ││   MyVendorRemoteScanExec  │",
  "│    --------------------   ││    --------------------   ││    --------------------   │",
  "│          files: 2         ││       region: region      ││         endpoint:         │",
  "│      format: parquet      ││                           ││   grpc://warehouse:50051  │",
  "│                           ││           total:          ││                           │",
  "│                           ││ sum(sales.amount)@1 + CAST││          pushdown         │",
  "│                           ││    (bonus@2 AS Float64)   ││                           │",
  "│                           ││                           ││        table: sales       │",
  "└───────────────────────────┘└───────────────────────────┘└───────────────────────────┘",
].join("\n");

describe("tree format", () => {
  const parsed = parseExplain(CUSTOM_TREE);
  const root = parsed.sections[0]?.root as PlanNode;

  it("reads custom operators and their attributes", () => {
    expect(parsed).toMatchObject({ format: "tree", layout: "bare", problems: [] });
    expect(parsed.sections[0]?.planType).toBe("physical_plan");
    expect(root.operator).toBe("MyVendorShuffleExec");
    expect(root.properties).toEqual({ partitioning: "Hash([region@0], 16)", stage: "3" });
  });

  it("follows every branch of a three-way connector, in order", () => {
    const union = root.children[0] as PlanNode;
    expect(union.operator).toBe("UnionExec");
    expect(union.children.map((c) => c.operator)).toEqual([
      "DataSourceExec",
      "ProjectionExec",
      "MyVendorRemoteScanExec",
    ]);
    expect(union.children.map((c) => c.id)).toEqual(["0.0.0", "0.0.1", "0.0.2"]);
  });

  it("re-joins word-wrapped values and keeps empty-valued keys", () => {
    const [, projection, remote] = (root.children[0] as PlanNode).children;
    expect(projection?.properties).toEqual({
      region: "region",
      total: "sum(sales.amount)@1 + CAST(bonus@2 AS Float64)",
    });
    expect(remote?.properties).toEqual({ endpoint: "grpc://warehouse:50051", pushdown: "", table: "sales" });
  });

  it("reads the same from a cli table with trailing padding trimmed", () => {
    const width = Math.max(...CUSTOM_TREE.split("\n").map((l) => l.length));
    const table = [
      "+---------------+" + "-".repeat(width + 2) + "+",
      `| plan_type     | ${"plan".padEnd(width)} |`,
      "+---------------+" + "-".repeat(width + 2) + "+",
      ...CUSTOM_TREE.split("\n").map(
        (l, i) => `| ${(i === 0 ? "physical_plan" : "").padEnd(13)} | ${l.padEnd(width)} |`,
      ),
      "+---------------+" + "-".repeat(width + 2) + "+",
    ].join("\n");
    expect(shapeOf(parseExplain(table).sections[0]?.root ?? null)).toEqual(shapeOf(root));
  });
});

describe("broken tree text", () => {
  it("flags a box that never closes", () => {
    const parsed = parseExplain(
      ["┌───────────────────────────┐", "│       ProjectionExec      │", "│    --------------------   │"].join("\n"),
    );
    expect(parsed.problems).toContainEqual({ line: 1, message: "tree box is not closed", severity: "error" });
    expect(parsed.sections[0]?.root?.operator).toBe("ProjectionExec");
  });

  it("keeps two unrelated trees under a synthetic root", () => {
    const box = (name: string) => [
      "┌───────────────────────────┐",
      `│${name.padStart(17).padEnd(27)}│`,
      "└───────────────────────────┘",
    ];
    const parsed = parseExplain([...box("UnionExec"), ...box("EmptyExec")].join("\n"));
    expect(parsed.sections[0]?.root?.operator).toBe("(multiple roots)");
    expect(parsed.sections[0]?.root?.children.map((c) => c.operator)).toEqual(["UnionExec", "EmptyExec"]);
    expect(parsed.problems.map((p) => p.severity)).toEqual(["error"]);
  });

  it("warns where DataFusion shortened a box", () => {
    const parsed = parseExplain(
      [
        "┌───────────────────────────┐",
        "│         FilterExec        │",
        "│    --------------------   │",
        "│         predicate:        │",
        "│          a@0 > 1          │",
        "│            ...            │",
        "└───────────────────────────┘",
      ].join("\n"),
    );
    expect(parsed.problems).toEqual([
      {
        line: 1,
        message: 'DataFusion shortened this tree box ("..."); some attributes are missing',
        severity: "warning",
      },
    ]);
    expect(parsed.sections[0]?.root?.properties).toEqual({ predicate: "a@0 > 1" });
  });
});
