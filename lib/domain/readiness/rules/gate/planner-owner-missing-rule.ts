import { buildOwnerMissingRule } from "./build-owner-missing-rule";

export const plannerOwnerMissingRule = buildOwnerMissingRule({
  code: "PLANNER_OWNER_MISSING",
  role: "PLANNER",
  duties: "logical and physical planning, optimizer rules and plan regressions",
});
