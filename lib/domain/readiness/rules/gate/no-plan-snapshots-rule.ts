import { buildReason } from "../../build-reason";
import type { GateRule } from "../rule-types";

export const noPlanSnapshotsRule: GateRule = {
  code: "NO_PLAN_SNAPSHOTS",
  evaluate: ({ lane }) =>
    lane.planSnapshots.length > 0
      ? []
      : [
          buildReason({
            code: "NO_PLAN_SNAPSHOTS",
            message: `Lane ${lane.name} has no captured query plan for its target workload.`,
            fix: "Push the EXPLAIN output of the target workload's queries for a release, so plan changes can be diffed.",
          }),
        ],
};
