import { kindOfPlanType } from "./match-plan-type";
import { parseGraphvizPlan } from "./parse-graphviz-plan";
import { parseIndentPlan } from "./parse-indent-plan";
import { parsePgjsonPlan } from "./parse-pgjson-plan";
import { parseTreePlan } from "./parse-tree-plan";
import type { ParseProblem, PlanNode, PlanSection, SectionFormat, SourceLine } from "./plan-types";
import type { RawSection } from "./read-cli-table";

function trimBlankEdges(lines: SourceLine[]): SourceLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] as SourceLine).text.trim() === "") start++;
  while (end > start && (lines[end - 1] as SourceLine).text.trim() === "") end--;
  return lines.slice(start, end);
}

function detectFormat(lines: SourceLine[]): SectionFormat {
  if (lines.length === 0) return "empty";
  const head = (lines[0] as SourceLine).text.trim();
  if (head === "SAME TEXT AS ABOVE") return "same-as-above";
  if (head.startsWith("[") || head.startsWith("{")) return "pgjson";
  if (head.startsWith("// Begin DataFusion GraphViz") || head.startsWith("digraph")) return "graphviz";
  if (lines.some((l) => l.text.includes("┌"))) return "tree";
  return "indent";
}

// DataFusion's logical plan nodes (LogicalPlan's Display). A bare plan with any other operator
// is physical: engines that embed DataFusion add operators that do not end in `Exec`
// (`LanceRead`, `ScalarIndexQuery`, `KNNVectorDistance`: docs/plan-formats.md, hazard 19).
const LOGICAL_NODES = new Set([
  "Projection",
  "Filter",
  "Window",
  "Aggregate",
  "Sort",
  "Join",
  "CrossJoin",
  "Repartition",
  "Union",
  "TableScan",
  "EmptyRelation",
  "Subquery",
  "SubqueryAlias",
  "Limit",
  "Statement",
  "Values",
  "Explain",
  "Analyze",
  "Extension",
  "Distinct",
  "DistinctOn",
  "Dml",
  "Ddl",
  "Copy",
  "DescribeTable",
  "Unnest",
  "RecursiveQuery",
  "Prepare",
  "Execute",
  "CreateMemoryTable",
  "CreateExternalTable",
  "CreateView",
  "DropTable",
  "DropView",
]);

function isLogicalOperator(node: PlanNode): boolean {
  if (/\bJoin$/.test(node.operator)) return true;
  if (!LOGICAL_NODES.has(node.operator)) return false;
  // Physical expressions name columns with their index (`a@0`); logical ones never do.
  return !Object.values(node.properties).some((v) => /\w@\d/.test(v));
}

/** Bare text carries no plan_type: infer it the way DataFusion would have labelled it. */
function inferPlanType(format: SectionFormat, root: PlanNode | null): string {
  if (format === "tree") return "physical_plan";
  if (format === "graphviz" || !root) return "logical_plan";
  const stack = [root];
  let logical = true;
  // DataFusion prints physical plans as pgjson only for EXPLAIN ANALYZE.
  let metrics = format === "pgjson";
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    if (/Exec$/.test(node.operator) || (format === "indent" && !isLogicalOperator(node))) logical = false;
    if (Object.keys(node.metrics).length > 0 || /\bmetrics=\[/.test(node.raw)) metrics = true;
    stack.push(...node.children);
  }
  if (metrics && !logical) return "Plan with Metrics";
  return logical ? "logical_plan" : "physical_plan";
}

export function parsePlanSection(
  raw: RawSection,
  previous: PlanSection | undefined,
): { section: PlanSection; problems: ParseProblem[] } {
  const lines = trimBlankEdges(raw.lines);
  const format =
    raw.planType === "Output Rows" || raw.planType === "Duration" || raw.planType === "physical_plan_error"
      ? lines.length
        ? "text"
        : "empty"
      : detectFormat(lines);
  const firstLine = lines[0]?.line ?? raw.headerLine;
  const text = lines.map((l) => l.text).join("\n");
  const problems: ParseProblem[] = [];
  let root: PlanNode | null = null;

  if (format === "indent" || format === "tree" || format === "pgjson" || format === "graphviz") {
    const parse = {
      indent: parseIndentPlan,
      tree: parseTreePlan,
      pgjson: parsePgjsonPlan,
      graphviz: parseGraphvizPlan,
    }[format];
    const result = parse(lines);
    root = result.root;
    problems.push(...result.problems);
  } else if (format === "same-as-above") {
    // Verbose output repeats "unchanged since the previous row" this way (docs/plan-formats.md, hazard 11).
    root = previous?.root ?? null;
    if (!previous)
      problems.push({ line: firstLine, message: "SAME TEXT AS ABOVE without a section above", severity: "error" });
  } else if (format === "empty") {
    problems.push({
      line: firstLine,
      message: `section ${raw.planType ?? "(bare)"} has no plan text`,
      severity: "warning",
    });
  } else if (raw.planType === "physical_plan_error") {
    problems.push({
      line: firstLine,
      message: `DataFusion could not build the physical plan: ${text.slice(0, 200)}`,
      severity: "warning",
    });
  }

  const planType = raw.planType ?? inferPlanType(format, root);
  return { section: { planType, kind: kindOfPlanType(planType), format, root, text, firstLine }, problems };
}
