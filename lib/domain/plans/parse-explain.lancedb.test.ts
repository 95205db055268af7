import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countPrintedMetrics, openLancedbFixtures } from "./lancedb-fixtures.test-helper";
import { parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";
import type { PlanNode } from "./plan-types";
import { countNodes } from "./samples.test-helper";

// What DataFusion 44, 50.1, 53.1 and 54.1 print today, through the engine that embeds them
// (tests/fixtures/lancedb): custom operators, ANALYZE roots, metrics in the middle of a line.
const { plans, read } = openLancedbFixtures((url) => readFileSync(url, "utf8"));

function metricsOf(node: PlanNode): number {
  return Object.keys(node.metrics).length + node.children.reduce((n, c) => n + metricsOf(c), 0);
}

describe("real DataFusion output from four versions", () => {
  it("has plans of every version, EXPLAIN ANALYZE from 50 on", () => {
    const versions = new Map<string, Set<string>>();
    for (const p of plans) versions.set(p.datafusion, (versions.get(p.datafusion) ?? new Set()).add(p.mode));
    expect([...versions.keys()].sort()).toEqual(["44.0.0", "50.1.0", "53.1.0", "54.1.0"]);
    expect([...(versions.get("44.0.0") ?? [])]).toEqual(["explain"]);
    for (const v of ["50.1.0", "53.1.0", "54.1.0"])
      expect([...(versions.get(v) ?? [])].sort()).toEqual(["analyze", "explain"]);
  });

  describe.each(plans.map((p) => [p.file, p] as const))("%s", (file, entry) => {
    const text = read(file);
    const parsed = parseExplain(text);
    const main = pickMainPlan(parsed);

    it("parses with no error, one operator per line", () => {
      expect(parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(main?.root).toBeTruthy();
      expect(countNodes(main?.root ?? null)).toBe(text.split("\n").filter((l) => l.trim() !== "").length);
    });

    it("is read as a physical plan (its operators need not end in Exec)", () => {
      expect(main?.kind).toBe("physical");
      expect(main?.planType).toBe(entry.mode === "analyze" ? "Plan with Metrics" : "physical_plan");
    });

    it("reads every metric printed", () => {
      const printed = text.split("\n").reduce((n, line) => n + countPrintedMetrics(line), 0);
      expect(metricsOf(main?.root as PlanNode)).toBe(printed);
      if (entry.mode === "analyze") expect(printed).toBeGreaterThan(0);
    });

    it("keeps metrics and timings out of the attributes", () => {
      const stack = [main?.root as PlanNode];
      while (stack.length) {
        const node = stack.pop() as PlanNode;
        for (const key of ["metrics", "elapsed", "cumulative_cpu"]) expect(node.properties).not.toHaveProperty(key);
        for (const value of Object.values(node.properties)) expect(value).not.toMatch(/metrics=\[/);
        stack.push(...node.children);
      }
    });

    it("warns only where a string literal makes the line ambiguous", () => {
      const warnings = parsed.problems.filter((p) => p.severity === "warning");
      if (entry.scenario === "vector-literal-comma") {
        expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('may contain ", priority="')]);
      } else expect(warnings).toEqual([]);
    });
  });
});
