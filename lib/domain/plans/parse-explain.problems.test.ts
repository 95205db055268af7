import { describe, expect, it } from "vitest";
import { MAX_PLAN_DEPTH } from "./build-plan-node";
import { MAX_PLAN_TEXT_CHARS, parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";

// Text that does not parse is kept by the caller and reported here with a line and a reason.
describe("what cannot be read is reported, never thrown", () => {
  it.each([
    ["empty text", "", 1, "no plan text"],
    ["blank text", "  \n\n\t", 1, "no plan text"],
    [
      "an error message instead of a plan",
      "\nError during planning: table 'x' not found",
      2,
      "the text is an error message, not a plan",
    ],
    ["prose", "hello world\nthis is not a plan", 1, 'cannot read an operator name from "hello world"'],
    ["text longer than the limit", "x".repeat(MAX_PLAN_TEXT_CHARS + 1), 1, "kept but not parsed"],
  ])("%s", (_case, text, line, message) => {
    const parsed = parseExplain(text);
    expect(parsed.format).toBe("unknown");
    expect(parsed.problems[0]).toMatchObject({ line, severity: "error" });
    expect(parsed.problems[0]?.message).toContain(message);
    expect(parsed.sections.every((s) => s.root === null)).toBe(true);
  });

  it("keeps the rest of a plan around a line it cannot read", () => {
    const parsed = parseExplain(
      "ProjectionExec: expr=[a@0 as a]\n  ??? garbage\n    DataSourceExec: partitions=1, partition_sizes=[1]",
    );
    expect(parsed.problems).toEqual([
      { line: 2, message: 'cannot read an operator name from "??? garbage"', severity: "error" },
    ]);
    const unparsed = parsed.sections[0]?.root?.children[0];
    expect(unparsed).toMatchObject({ operator: "(unparsed)", raw: "??? garbage" });
    expect(unparsed?.children[0]?.operator).toBe("DataSourceExec");
  });

  it("warns about brackets that do not close (a truncated line)", () => {
    const parsed = parseExplain("FilterExec: a@0 > (1, projection=[a@0]");
    expect(parsed.problems).toEqual([
      { line: 1, message: "brackets do not balance; the line may be truncated", severity: "warning" },
    ]);
    expect(parsed.sections[0]?.root?.operator).toBe("FilterExec");
  });

  it("keeps two plans pasted together under a synthetic root", () => {
    const parsed = parseExplain("ProjectionExec: expr=[a@0 as a]\n  EmptyExec\nFilterExec: a@0 > 1\n  EmptyExec");
    expect(parsed.problems).toEqual([
      { line: 3, message: "a second top-level operator: the text holds more than one plan", severity: "error" },
    ]);
    expect(parsed.sections[0]?.root?.children.map((c) => c.operator)).toEqual(["ProjectionExec", "FilterExec"]);
  });

  it("reports invalid pgjson with its line", () => {
    const parsed = parseExplain('logical_plan\n[\n  {\n    "Plan": {');
    expect(parsed.problems[0]).toMatchObject({ line: 2, severity: "error" });
    expect(parsed.problems[0]?.message).toContain("pgjson plan is not valid JSON");
  });

  it("reports a graphviz document without nodes", () => {
    const parsed = parseExplain(
      "logical_plan\n\n// Begin DataFusion GraphViz Plan,\ndigraph {\n}\n// End DataFusion GraphViz Plan",
    );
    expect(parsed.problems[0]).toEqual({ line: 3, message: "graphviz plan has no labelled nodes", severity: "error" });
  });

  it("reports SAME TEXT AS ABOVE with nothing above", () => {
    const parsed = parseExplain("logical_plan after x\nSAME TEXT AS ABOVE");
    expect(parsed.problems[0]).toEqual({
      line: 2,
      message: "SAME TEXT AS ABOVE without a section above",
      severity: "error",
    });
  });

  it("warns about text before the first plan_type and reads the rest", () => {
    const parsed = parseExplain("EXPLAIN SELECT 1;\nlogical_plan\nProjection: Int64(1)\n  EmptyRelation: rows=1");
    expect(parsed.problems).toEqual([
      { line: 1, message: "text before the first plan_type header is not part of any plan", severity: "warning" },
    ]);
    expect(parsed.sections[0]?.root?.children[0]?.properties).toEqual({ rows: "1" });
  });

  it("reports DataFusion's own physical planning error and an empty section", () => {
    const parsed = parseExplain(
      "logical_plan\nEmptyRelation: rows=0\nphysical_plan\nphysical_plan_error This feature is not implemented",
    );
    expect(parsed.problems.map((p) => [p.line, p.severity])).toEqual([
      [3, "warning"],
      [4, "warning"],
    ]);
    expect(parsed.sections.map((s) => [s.planType, s.format])).toEqual([
      ["logical_plan", "indent"],
      ["physical_plan", "empty"],
      ["physical_plan_error", "text"],
    ]);
  });

  it("flattens absurdly deep plans instead of overflowing", () => {
    const deep = Array.from(
      { length: MAX_PLAN_DEPTH + 500 },
      (_, i) => `${" ".repeat(i * 2)}ProjectionExec: expr=[a@0 as a]`,
    ).join("\n");
    const parsed = parseExplain(deep);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.message).toContain(`deeper than ${MAX_PLAN_DEPTH} levels`);
  });

  it("does not throw for non-string input from untyped callers", () => {
    expect(parseExplain(undefined as unknown as string).problems[0]?.message).toBe("no plan text");
  });
});

describe("pickMainPlan", () => {
  const pick = (text: string) => pickMainPlan(parseExplain(text))?.planType ?? null;

  it.each([
    [
      "the final physical_plan of a verbose explain",
      "initial_physical_plan\nEmptyExec\nphysical_plan after X\nSAME TEXT AS ABOVE\nphysical_plan\nEmptyExec\nphysical_plan_with_stats\nEmptyExec, statistics=[Rows=Absent]",
      "physical_plan",
    ],
    [
      "Plan with Metrics of ANALYZE VERBOSE",
      "Plan with Metrics\nEmptyExec, metrics=[]\nPlan with Full Metrics\nEmptyExec, metrics=[]\nOutput Rows\n0\nDuration\n1.2ms",
      "Plan with Metrics",
    ],
    [
      "the physical plan over the logical one",
      "logical_plan\nEmptyRelation: rows=0\nphysical_plan\nEmptyExec",
      "physical_plan",
    ],
    ["the logical plan when there is no physical one", "logical_plan\nEmptyRelation: rows=0", "logical_plan"],
    ["nothing when nothing parsed", "", null],
  ])("picks %s", (_case, text, expected) => {
    expect(pick(text)).toBe(expected);
  });

  it("marks Output Rows and Duration as text sections", () => {
    const parsed = parseExplain("Plan with Metrics\nEmptyExec, metrics=[]\nOutput Rows\n0\nDuration\n1.2ms");
    expect(parsed.format).toBe("analyze");
    expect(parsed.sections.slice(1).map((s) => [s.kind, s.format, s.text])).toEqual([
      ["other", "text", "0"],
      ["other", "text", "1.2ms"],
    ]);
  });
});
