import { assignNodeIds, buildPlanNode, MAX_PLAN_DEPTH } from "./build-plan-node";
import { parseOperatorLine } from "./parse-operator-line";
import type { ParseProblem, PlanNode, SourceLine } from "./plan-types";

function indentOf(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === " ") width += 1;
    else if (ch === "\t") width += 2;
    else break;
  }
  return width;
}

/**
 * Indent format: one operator per line, children indented under their parent (2 spaces a level
 * in DataFusion's output). Hand-edited text can jump several levels (docs/plan-formats.md, hazard 5), so a line
 * attaches to the nearest less-indented line above it rather than to a computed depth.
 */
export function parseIndentPlan(lines: SourceLine[]): { root: PlanNode | null; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const stack: Array<{ indent: number; node: PlanNode }> = [];
  let root: PlanNode | null = null;
  let synthetic = false;
  let parsedAny = false;
  let flattenedWarned = false;

  for (const { text, line } of lines) {
    if (text.trim() === "") continue;
    const indent = indentOf(text);
    const parsed = parseOperatorLine(text);
    const node = parsed.ok
      ? buildPlanNode({
          operator: parsed.operator,
          properties: parsed.properties,
          metrics: parsed.metrics,
          raw: text.trim(),
          line,
        })
      : buildPlanNode({ operator: "(unparsed)", raw: text.trim(), line });
    if (!parsed.ok) problems.push({ line, message: parsed.error, severity: "error" });
    else {
      parsedAny = true;
      for (const message of parsed.warnings) problems.push({ line, message, severity: "warning" });
    }

    while (stack.length > 0 && (stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root === null) root = node;
      else {
        // Two top-level operators cannot come from one plan cell; keep both instead of dropping one.
        if (!synthetic) {
          const first: PlanNode = root;
          root = buildPlanNode({ operator: "(multiple roots)", raw: "", line: first.line });
          root.children.push(first);
          synthetic = true;
        }
        root.children.push(node);
        problems.push({
          line,
          message: "a second top-level operator: the text holds more than one plan",
          severity: "error",
        });
      }
    } else {
      if (indent - parent.indent > 2 && parent.node.children.length === 0) {
        problems.push({
          line,
          message: `indentation jumps from ${parent.indent} to ${indent} spaces (edited output?); attached to the operator above`,
          severity: "warning",
        });
      }
      parent.node.children.push(node);
    }
    if (stack.length >= MAX_PLAN_DEPTH) {
      if (!flattenedWarned)
        problems.push({
          line,
          message: `plan deeper than ${MAX_PLAN_DEPTH} levels; deeper operators are flattened`,
          severity: "warning",
        });
      flattenedWarned = true;
      continue;
    }
    stack.push({ indent, node });
  }
  // Text where no line reads as an operator is not a plan; each line is already reported.
  if (!parsedAny) return { root: null, problems };
  return { root: root ? assignNodeIds(root) : null, problems };
}
