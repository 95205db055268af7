import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";
import type { PlanNode } from "./plan-types";
import { countNodes, openSamples } from "./samples.test-helper";

const { readManifestPlans, readSample } = openSamples((url) => readFileSync(url, "utf8"));

const files = readManifestPlans();

// The documented outcome of every sample that is not a clean parse. All are warnings (the tree
// is built); no sample produces an error.
const EXPECTED_WARNINGS: Record<string, string[]> = {
  // Cropped at tree_maximum_render_width = 240 / 60: connectors lead off the visible width.
  "plans/tree-explain_tree-7.txt": ["a child of CrossJoinExec is cut off"],
  "plans/tree-explain_tree-9.txt": Array(7).fill("a child of CrossJoinExec is cut off"),
  // Hand-edited docs output: a line was removed and metrics were elided with "...".
  "plans/analyze-docs_explain_usage_md-1.txt": ["indentation jumps from 4 to 8 spaces", "'...' elisions"],
};

// Files copied from datafusion-cli tables have no section list in the manifest.
const TABLE_PLAN_TYPES: Record<string, string[]> = {
  "plans/indent-expected_plans_q17-1.txt": ["logical_plan", "physical_plan"],
  "plans/indent-expected_plans_q17-2.txt": ["logical_plan", "physical_plan"],
  "plans/indent-docs_explain_md-1.txt": ["logical_plan", "physical_plan"],
  "plans/indent-docs_explain_usage_md-1.txt": ["logical_plan", "physical_plan"],
  "plans/tree-docs_explain_md-1.txt": ["physical_plan"],
  "plans/analyze-docs_explain_usage_md-1.txt": ["Plan with Metrics"],
  "plans/analyze-docs_explain_md-1.txt": ["Plan with Metrics"],
  "plans/pgjson-docs_explain_md-1.txt": ["logical_plan"],
  "plans/pgjson-docs_explain_md-2.txt": ["Plan with Metrics"],
  "plans/graphviz-docs_explain_md-1.txt": ["logical_plan"],
};

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  node.children.forEach((c) => walk(c, visit));
}

describe("parseExplain over every sample plan", () => {
  it("finds all 78 sample files", () => {
    expect(files).toHaveLength(78);
  });

  describe.each(files.map((f) => [f.file, f] as const))("%s", (file, entry) => {
    const text = readSample(file);
    const parsed = parseExplain(text);
    const lines = text.split("\n");

    it("detects the format the manifest records", () => {
      expect(parsed.format).toBe(entry.format);
      expect(parsed.layout).toBe(entry.layout === "sections" ? "sections" : "cli-table");
    });

    it("has exactly the documented problems (none for most files)", () => {
      const expected = EXPECTED_WARNINGS[file] ?? [];
      expect(parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(parsed.problems).toHaveLength(expected.length);
      expected.forEach((fragment, i) => expect(parsed.problems[i]?.message).toContain(fragment));
    });

    it("splits the sections the manifest lists, with their text", () => {
      const expectedTypes = entry.sections?.map((s) => s.plan_type) ?? TABLE_PLAN_TYPES[file];
      expect(parsed.sections.map((s) => s.planType)).toEqual(expectedTypes);
      entry.sections?.forEach((s, i) => {
        const manifestText = lines.slice(s.plan_first_line - 1, s.plan_last_line).join("\n");
        // Blank first/last lines (graphviz) are trimmed; nothing else changes.
        expect(parsed.sections[i]?.text).toBe(manifestText.replace(/^(\s*\n)+/, "").replace(/(\n\s*)+$/, ""));
      });
    });

    it("builds a tree for every plan section, one node per operator", () => {
      for (const section of parsed.sections) {
        expect(section.root, section.planType).not.toBeNull();
        const nodes = countNodes(section.root);
        if (section.format === "indent")
          expect(nodes).toBe(section.text.split("\n").filter((l) => l.trim() !== "").length);
        if (section.format === "tree" && !EXPECTED_WARNINGS[file])
          expect(nodes).toBe([...section.text].filter((c) => c === "┌").length);
        if (section.format === "pgjson") expect(nodes).toBe(section.text.split('"Node Type"').length - 1);
        if (section.format === "graphviz") expect(nodes * 2).toBe(section.text.split("shape=box").length - 1);
      }
    });

    it("gives every node a path id, an operator name and no unread metrics", () => {
      const main = pickMainPlan(parsed);
      expect(main?.root).toBeTruthy();
      for (const section of parsed.sections) {
        if (!section.root) continue;
        walk(section.root, (node) => {
          expect(node.operator).toMatch(/^[A-Za-z_]/);
          expect(node.properties).not.toHaveProperty("metrics");
          node.children.forEach((child, i) => expect(child.id).toBe(`${node.id}.${i}`));
        });
      }
    });
  });
});

describe("sample specifics", () => {
  const main = (file: string) => pickMainPlan(parseExplain(readSample(file)))?.root as PlanNode;

  it("picks the final physical_plan of a verbose explain, not a stage", () => {
    const parsed = parseExplain(readSample("verbose-explain-1.txt"));
    const picked = pickMainPlan(parsed);
    expect(picked?.planType).toBe("physical_plan");
    expect(picked?.firstLine).toBe(162);
    expect(parsed.sections.filter((s) => s.format === "same-as-above").every((s) => s.root !== null)).toBe(true);
  });

  it("reads pruning, ratio and count metrics of an analyze plan", () => {
    const scan = main("analyze-explain_analyze-1.txt").children[0] as PlanNode;
    expect(scan.metrics.output_rows).toEqual({ raw: "3", value: 3, unit: null });
    expect(scan.metrics.row_groups_pruned_statistics?.raw).toBe("4 total → 3 matched -> 1 fully matched");
    expect(scan.metrics.scan_efficiency_ratio).toEqual({ raw: "21.75% (485/2.23 K)", value: 21.75, unit: "%" });
    expect(scan.properties.predicate).toBe(
      "species@0 > M AND s@1 >= 50 AND DynamicFilter [ species@0 < Nlpine Sheep ]",
    );
  });

  it("reads byte metrics in base units", () => {
    const join = main("analyze-explain_analyze-2.txt");
    expect(join.metrics.output_bytes).toEqual({ raw: "128.0 KB", value: 131072, unit: "B" });
    expect(join.metrics.build_mem_used).toEqual({ raw: "44.0 B", value: 44, unit: "B" });
    expect(join.children[1]?.children[0]?.metrics).toEqual({});
  });

  it("reads real timings from the docs example despite its edits", () => {
    const root = main("analyze-docs_explain_usage_md-1.txt");
    expect(root.metrics.elapsed_compute).toEqual({ raw: "2.375µs", value: 2375, unit: "ns" });
    const filter = root.children[0]?.children[0]?.children[0] as PlanNode;
    expect(filter.operator).toBe("FilterExec");
    expect(filter.metrics.elapsed_compute?.value).toBeCloseTo(1_369_238_160);
    expect(Object.keys(filter.children[0]?.metrics ?? {})).toEqual([
      "output_rows",
      "elapsed_compute",
      "bytes_scanned",
      "time_elapsed_opening",
      "time_elapsed_scanning_total",
    ]);
  });

  it("reads legacy camelCase metrics as nanoseconds", () => {
    const repartition = main("analyze-docs_explain_md-1.txt").children[0]?.children[0]?.children[0]
      ?.children[0] as PlanNode;
    expect(repartition.metrics.sendTime).toEqual({ raw: "839560", value: 839560, unit: "ns" });
    expect(repartition.properties.partitioning).toBe('Hash([Column { name: "b", index: 0 }], 16)');
  });

  it("reads pgjson ANALYZE details and extras", () => {
    const filter = main("pgjson-docs_explain_md-2.txt");
    expect(filter.properties).toEqual({ args: "b@1 > 2", projection: "[x@0]" });
    expect(filter.metrics.output_rows?.value).toBe(1);
    expect(filter.metrics.selectivity).toEqual({ raw: "50% (1/2)", value: 50, unit: "%" });
  });

  it("reads the detailed graphviz cluster with its schema", () => {
    const projection = main("graphviz-docs_explain_md-1.txt");
    expect(projection.operator).toBe("Projection");
    expect(projection.children[0]?.properties).toMatchObject({
      groupBy: "[[t.b]]",
      schema: "[b:Int32;N, sum(t.x):Int64;N]",
    });
  });

  it("reads word-wrapped tree values and side-by-side children", () => {
    expect(main("tree-explain_tree-4.txt").properties.predicate).toBe(
      "string_col != foo AND string_col != bar AND string_col != a really long string constant",
    );
    const join = main("tree-explain_tree-3.txt");
    expect(join.children.map((c) => c.operator)).toEqual(["DataSourceExec", "HashJoinExec"]);
    expect(join.children[1]?.children.map((c) => c.operator)).toEqual(["DataSourceExec", "RepartitionExec"]);
    expect(join.children[1]?.children[1]?.properties["partition_count(in->out)"]).toBe("1 -> 4");
  });

  it("keeps what a cropped tree shows and counts what it cut", () => {
    expect(countNodes(main("tree-explain_tree-8.txt"))).toBe(19);
    expect(countNodes(main("tree-explain_tree-7.txt"))).toBe(18);
    expect(countNodes(main("tree-explain_tree-9.txt"))).toBe(12);
  });
});
