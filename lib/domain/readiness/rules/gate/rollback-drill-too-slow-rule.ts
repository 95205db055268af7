import { formatDuration } from "../../../format/format-duration";
import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { findLatestDrill } from "../../find-latest-drill";
import { isRecoverySlow } from "../../is-recovery-slow";
import type { GateRule } from "../rule-types";

/** Judged on the latest drill only: a faster drill later supersedes a slow one. */
export const rollbackDrillTooSlowRule: GateRule = {
  code: "ROLLBACK_DRILL_TOO_SLOW",
  evaluate: ({ lane }) => {
    const drill = findLatestDrill({ rollbackDesign: lane.rollbackDesign });
    const limit = lane.policy.recoveryLimitSeconds;
    if (drill === null || !isRecoverySlow({ seconds: drill.recoverySeconds, limitSeconds: limit })) return [];
    return [
      buildReason({
        code: "ROLLBACK_DRILL_TOO_SLOW",
        message:
          `Lane ${lane.name}'s last rollback drill, on ${formatInstant(drill.performedAt)}, took ` +
          `${formatDuration(drill.recoverySeconds)} to recover, over the ${formatDuration(limit)} limit.`,
        fix: `Make the rollback faster and drill it again within ${formatDuration(limit)}.`,
      }),
    ];
  },
};
