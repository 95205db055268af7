import { assignNodeIds, buildPlanNode, listPlanNodes, MAX_PLAN_DEPTH } from "./build-plan-node";
import { parseMetricValue } from "./parse-metric-value";
import { parseOperatorLine } from "./parse-operator-line";
import type { MetricValue, ParseProblem, PlanNode, SourceLine } from "./plan-types";

// pgjson (docs/plan-formats.md, "pgjson"): `[{"Plan": {"Node Type", "Plans": [...], ...}}]`. Key order changed between
// versions (docs/plan-formats.md, hazard 9), so properties are sorted by key: the same plan reads the same.
const STRUCTURAL = new Set(["Node Type", "Plans", "Details", "Extras"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stableText(value: unknown, depth = 0): string {
  if (typeof value === "string") return value;
  if (depth > 50) return "…";
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableText(value[k], depth + 1)}`)
      .join(",")}}`;
  if (Array.isArray(value)) return `[${value.map((v) => stableText(v, depth + 1)).join(",")}]`;
  return JSON.stringify(value) ?? "null";
}

function metricName(key: string): string {
  if (key === "Actual Rows") return "output_rows";
  if (key === "Actual Total Time") return "elapsed_compute";
  return key
    .replace(/^Actual /, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_");
}

function readNode(obj: Record<string, unknown>, line: number, problems: ParseProblem[]): PlanNode {
  const type = obj["Node Type"];
  if (typeof type !== "string") problems.push({ line, message: 'a plan object has no "Node Type"', severity: "error" });
  let properties: Record<string, string> = {};
  const metrics: Record<string, MetricValue> = {};
  if (typeof obj.Details === "string") {
    const details = parseOperatorLine(obj.Details);
    if (details.ok) {
      properties = details.properties;
      Object.assign(metrics, details.metrics);
    }
  }
  for (const key of Object.keys(obj).sort()) {
    if (STRUCTURAL.has(key)) continue;
    // "Actual Total Time" is elapsed_compute in milliseconds; store nanoseconds like the indent format.
    if (key === "Actual Total Time" && typeof obj[key] === "number")
      metrics.elapsed_compute = { raw: `${obj[key]}ms`, value: (obj[key] as number) * 1e6, unit: "ns" };
    else if (key.startsWith("Actual "))
      metrics[metricName(key)] = parseMetricValue(metricName(key), stableText(obj[key]));
    else properties[key] = stableText(obj[key]);
  }
  if (isRecord(obj.Extras)) {
    for (const [key, value] of Object.entries(obj.Extras)) metrics[key] = parseMetricValue(key, stableText(value));
  }
  const own = { ...obj };
  delete own.Plans;
  const raw = typeof obj.Details === "string" ? obj.Details : stableText(own);
  return buildPlanNode({ operator: typeof type === "string" ? type : "(unparsed)", properties, metrics, raw, line });
}

export function parsePgjsonPlan(lines: SourceLine[]): { root: PlanNode | null; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const first = lines[0]?.line ?? 1;
  let data: unknown;
  try {
    data = JSON.parse(lines.map((l) => l.text).join("\n"));
  } catch (error) {
    return {
      root: null,
      problems: [
        { line: first, message: `pgjson plan is not valid JSON: ${(error as Error).message}`, severity: "error" },
      ],
    };
  }
  const top = Array.isArray(data) ? data[0] : data;
  const plan = isRecord(top) && isRecord(top.Plan) ? top.Plan : isRecord(top) && "Node Type" in top ? top : null;
  if (!plan)
    return {
      root: null,
      problems: [{ line: first, message: 'pgjson text has no {"Plan": {...}} object', severity: "error" }],
    };
  if (Array.isArray(data) && data.length > 1)
    problems.push({ line: first, message: "pgjson holds several plans; only the first is read", severity: "warning" });

  // Objects print "Node Type" before "Plans" in both key orders seen, so the n-th "Node Type"
  // line is the n-th node in pre-order: good enough for pointing at a line.
  const nodeLines = lines.filter((l) => l.text.includes('"Node Type"')).map((l) => l.line);
  const root = readNode(plan, first, problems);
  const stack: Array<{ obj: Record<string, unknown>; node: PlanNode; depth: number }> = [
    { obj: plan, node: root, depth: 0 },
  ];
  while (stack.length > 0) {
    const { obj, node, depth } = stack.pop() as { obj: Record<string, unknown>; node: PlanNode; depth: number };
    const children = Array.isArray(obj.Plans) ? obj.Plans.filter(isRecord) : [];
    if (depth >= MAX_PLAN_DEPTH && children.length > 0) {
      problems.push({
        line: node.line,
        message: `plan deeper than ${MAX_PLAN_DEPTH} levels; deeper operators are left out`,
        severity: "warning",
      });
      continue;
    }
    const built = children.map((child) => ({ obj: child, node: readNode(child, first, problems), depth: depth + 1 }));
    node.children = built.map((b) => b.node);
    for (let i = built.length - 1; i >= 0; i--) stack.push(built[i] as (typeof built)[number]);
  }
  listPlanNodes(root).forEach(({ node }, index) => (node.line = nodeLines[index] ?? first));
  return { root: assignNodeIds(root), problems };
}
