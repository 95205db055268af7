import { formatInstant } from "../../../format/format-instant";
import { buildReason } from "../../build-reason";
import { findFirstDeployment } from "../../find-first-deployment";
import { findTargetVersion } from "../../find-target-version";
import type { GateRule } from "../rule-types";

/**
 * Targets and stop conditions must be in force at the first deployment, whatever that
 * release's status: an in-progress first release is already a deployment. The lane's history
 * cannot be rewritten, so only an expansion override gets such a lane past the gate.
 */
export const targetsDefinedLateRule: GateRule = {
  code: "TARGETS_DEFINED_LATE",
  evaluate: ({ lane }) => {
    const first = findFirstDeployment({ releases: lane.releases });
    if (first === null) return [];
    const version = findTargetVersion({ targetVersions: lane.targetVersions, at: first.deployedAt });
    const when = `when release ${first.release.versionLabel} first deployed lane ${lane.name} on ${formatInstant(first.deployedAt)}`;
    let message: string | null = null;
    if (version === null) {
      message = `No KPI targets were in force ${when}.`;
    } else if (version.targets.length === 0) {
      message = `Target version ${version.version}, in force ${when}, defined no KPI targets.`;
    } else if (version.targets.every((target) => target.stop === null)) {
      message = `None of the KPI targets in force ${when} (version ${version.version}) had a stop condition.`;
    }
    if (message === null) return [];
    return [
      buildReason({
        code: "TARGETS_DEFINED_LATE",
        message,
        fix:
          "KPI targets and stop conditions must exist before the first deployment, and this lane's history " +
          "cannot be changed: expanding it now takes a platform lead's logged override.",
      }),
    ];
  },
};
