import { formatDuration } from "../../../format/format-duration";
import { buildReason } from "../../build-reason";
import type { GateRule } from "../rule-types";

export const streakTooShortRule: GateRule = {
  code: "STREAK_TOO_SHORT",
  evaluate: ({ lane, streak, releases }) => {
    const required = lane.policy.requiredStableReleases;
    if (streak >= required) return [];
    const breaker = releases.find((release) => release.status === "UNSTABLE");
    const count = `${streak}/${required} stable releases`;
    const message = breaker
      ? `${count}: release ${breaker.versionLabel} was unstable, and the streak counts only the stable releases after it.`
      : streak === 0
        ? `${count}: no release of lane ${lane.name} has closed its observation window yet.`
        : `${count}: only ${streak} release${streak === 1 ? " has" : "s have"} closed so far.`;
    const missing = required - streak;
    return [
      buildReason({
        code: "STREAK_TOO_SHORT",
        message,
        fix:
          `Close ${missing} more stable release${missing === 1 ? "" : "s"} in a row: every KPI target met by ` +
          `production or shadow measurements, no P1/P2 incident, every regression recovered within ` +
          `${formatDuration(lane.policy.recoveryLimitSeconds)}, no stop condition breached, no rollback.`,
      }),
    ];
  },
};
