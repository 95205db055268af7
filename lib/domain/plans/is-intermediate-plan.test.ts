import { describe, expect, it } from "vitest";
import { isIntermediatePlan } from "./is-intermediate-plan";

describe("isIntermediatePlan", () => {
  it.each([
    ["logical_plan after push_down_filter", true],
    ["physical_plan after EnforceDistribution", true],
    ["initial_logical_plan", true],
    ["initial_physical_plan_with_stats", true],
    ["analyzed_logical_plan", true],
    ["physical_plan_with_schema", true],
    ["logical_plan", false],
    ["physical_plan", false],
    ["final_logical_plan", false],
    ["Plan with Metrics", false],
  ])("%s -> %s", (planType, expected) => {
    expect(isIntermediatePlan(planType)).toBe(expected);
  });
});
