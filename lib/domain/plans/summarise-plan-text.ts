import { parseExplain } from "./parse-explain";
import { pickMainPlan } from "./pick-main-plan";
import type { ExplainFormat, ParseProblem, PlanNode } from "./plan-types";

/** What the server will make of EXPLAIN text, shown while it is pasted: the same parser it runs. */
export interface PlanTextSummary {
  format: ExplainFormat;
  layout: string;
  /** The main plan's type ("physical_plan") and operator count; null when no plan could be read. */
  mainPlan: { planType: string; operators: number } | null;
  problems: ParseProblem[];
}

const countNodes = (node: PlanNode | null): number =>
  node ? 1 + node.children.reduce((n, c) => n + countNodes(c), 0) : 0;

export function summarisePlanText(text: string): PlanTextSummary {
  const parsed = parseExplain(text);
  const main = pickMainPlan(parsed);
  return {
    format: parsed.format,
    layout: parsed.layout,
    mainPlan: main?.root ? { planType: main.planType, operators: countNodes(main.root) } : null,
    problems: parsed.problems,
  };
}

/**
 * The query a plan file holds, named after the file as the CLI does (`lanegate plans push`):
 * "q17.txt" → "q17", "tpch/Q05_sf1.explain.txt" → "Q05_sf1.explain", "plan" → "plan".
 */
export function queryNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const stem = base.replace(/\.[^.]+$/, "");
  return stem === "" ? base : stem;
}
