import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { SECONDS_PER_DAY } from "../../constants";
import { findLatestDrill } from "../../find-latest-drill";
import type { GateRule } from "../rule-types";

/** A warning, not a blocker: a drill of exactly drillMaxAgeDays is still fresh. */
export const rollbackDrillStaleRule: GateRule = {
  code: "ROLLBACK_DRILL_STALE",
  evaluate: ({ lane, now }) => {
    const drill = findLatestDrill({ rollbackDesign: lane.rollbackDesign });
    if (drill === null) return [];
    const ageSeconds = (now.getTime() - drill.performedAt.getTime()) / 1000;
    const maxDays = lane.policy.drillMaxAgeDays;
    if (!(ageSeconds > maxDays * SECONDS_PER_DAY)) return [];
    const ageDays = Math.floor(ageSeconds / SECONDS_PER_DAY);
    return [
      buildReason({
        code: "ROLLBACK_DRILL_STALE",
        message:
          `Lane ${lane.name}'s last rollback drill, on ${formatInstant(drill.performedAt)}, is ${ageDays} days old; ` +
          `the policy asks for one within ${maxDays} days.`,
        fix: "Run the rollback drill again and record it.",
      }),
    ];
  },
};
