import { formatDuration } from "../../../format/format-duration";
import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { isRecoverySlow } from "../../is-recovery-slow";
import { recoverySeconds } from "../../recovery-seconds";
import type { Regression } from "../../types";
import type { ReleaseRule } from "../rule-types";

function describeSide(regression: Regression): string {
  if (regression.attributedTo === null) return "";
  return regression.attributedTo === "PLANNER" ? " (planner side)" : " (executor side)";
}

/** Recovery time is recoveredAt - detectedAt; exactly the limit passes. Unrecovered always fails. */
export const slowRecoveryRule: ReleaseRule = {
  code: "SLOW_RECOVERY",
  evaluate: ({ release, policy }) => {
    const limit = formatDuration(policy.recoveryLimitSeconds);
    return release.regressions.flatMap((regression) => {
      const detected = formatInstant(regression.detectedAt);
      const what = `Release ${release.versionLabel}: regression "${regression.summary}"${describeSide(regression)}, detected on ${detected},`;
      if (regression.recoveredAt === null) {
        return [
          buildReason({
            code: "SLOW_RECOVERY",
            releaseId: release.id,
            message: `${what} is not recovered (limit ${limit}).`,
            fix: `Recover from the regression, rolling back if needed, and record when it recovered.`,
          }),
        ];
      }
      const seconds = recoverySeconds(regression);
      if (seconds === null || !isRecoverySlow({ seconds, limitSeconds: policy.recoveryLimitSeconds })) return [];
      return [
        buildReason({
          code: "SLOW_RECOVERY",
          releaseId: release.id,
          message: `${what} took ${formatDuration(seconds)} to recover, over the ${limit} limit.`,
          fix: `Fix the cause and make recovery faster (a drilled rollback), then ship a release whose regressions recover within ${limit}.`,
        }),
      ];
    });
  },
};
