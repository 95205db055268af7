/**
 * A plan_type of an intermediate stage of planning (VERBOSE output): `... after <rule>`,
 * `initial_*`, `analyzed_*`, `*_with_stats`, `*_with_schema`. The final `logical_plan` and
 * `physical_plan` are not.
 */
export function isIntermediatePlan(planType: string): boolean {
  return / after |^initial_|^analyzed_|_with_stats$|_with_schema$/.test(planType);
}
