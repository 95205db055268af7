import type { SectionKind } from "./plan-types";

// A section header looks just like a plan root line (docs/plan-formats.md, hazard 2), and plan_type values contain
// spaces (`Plan with Metrics`, `logical_plan after push_down_filter`), so headers are recognised
// by DataFusion's plan_type vocabulary, never by shape. A header row may carry a one-line plan
// after it (sqllogictest puts single-line cells on the header's row).
const PLAN_TYPE_RE =
  /^(initial_logical_plan|analyzed_logical_plan|final_logical_plan|logical_plan after \S+|logical_plan|initial_physical_plan(?:_with_stats|_with_schema)?|physical_plan after \S+|physical_plan(?:_with_stats|_with_schema|_error)?|Plan with (?:Full )?Metrics|Output Rows|Duration)(?:[ \t]+(.*))?$/;

export function matchPlanType(line: string): { planType: string; inlinePlan: string | null } | null {
  const match = PLAN_TYPE_RE.exec(line.trimEnd());
  if (!match) return null;
  const inline = match[2]?.trim();
  return { planType: match[1] as string, inlinePlan: inline ? inline : null };
}

export function kindOfPlanType(planType: string): SectionKind {
  if (/logical_plan/.test(planType)) return "logical";
  if (/^Plan with /.test(planType) || (/physical_plan/.test(planType) && planType !== "physical_plan_error"))
    return "physical";
  return "other";
}
