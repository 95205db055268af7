import { isIntermediatePlan } from "./is-intermediate-plan";
import type { ParsedExplain, PlanSection } from "./plan-types";

/**
 * "The" plan of an EXPLAIN, the one a plan diff compares: the physical plan when there is one
 * (ANALYZE: `Plan with Metrics`; VERBOSE: the final `physical_plan`, not an intermediate
 * stage), else the logical plan. The last match wins because verbose output repeats plan_types.
 */
export function pickMainPlan(parsed: ParsedExplain): PlanSection | null {
  const candidates = parsed.sections.filter((s) => s.root !== null).reverse();
  const preferences: Array<(s: PlanSection) => boolean> = [
    (s) => s.planType === "Plan with Metrics",
    (s) => s.planType === "Plan with Full Metrics",
    (s) => s.planType === "physical_plan",
    (s) => s.kind === "physical" && !isIntermediatePlan(s.planType),
    (s) => s.kind === "physical",
    (s) => s.planType === "logical_plan",
    (s) => s.kind === "logical" && !isIntermediatePlan(s.planType),
    () => true,
  ];
  for (const prefer of preferences) {
    const found = candidates.find(prefer);
    if (found) return found;
  }
  return null;
}
