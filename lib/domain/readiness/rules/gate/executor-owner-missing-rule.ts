import { buildOwnerMissingRule } from "./build-owner-missing-rule";

export const executorOwnerMissingRule = buildOwnerMissingRule({
  code: "EXECUTOR_OWNER_MISSING",
  role: "EXECUTOR",
  duties: "operators, memory and runtime behaviour",
});
