import { formatDuration } from "../../../format/format-duration";
import { buildReason } from "../../build-reason";
import type { GateRule } from "../rule-types";

/** Only once a design exists: without one, NO_ROLLBACK_DESIGN already says what to do first. */
export const rollbackDrillMissingRule: GateRule = {
  code: "ROLLBACK_DRILL_MISSING",
  evaluate: ({ lane }) => {
    if (lane.rollbackDesign === null || lane.rollbackDesign.drills.length > 0) return [];
    return [
      buildReason({
        code: "ROLLBACK_DRILL_MISSING",
        message: `Lane ${lane.name}'s rollback has never been drilled.`,
        fix: `Run a rollback drill and record its recovery time (limit ${formatDuration(lane.policy.recoveryLimitSeconds)}).`,
      }),
    ];
  },
};
