import { evaluateLane } from "../readiness/evaluate-lane";
import { findFirstDeployment } from "../readiness/find-first-deployment";
import { findTargetVersion } from "../readiness/find-target-version";
import type { Flag, LaneData, Reason, TargetVersion } from "../readiness/types";

/** What deploying one planned release would do to its lane, said before it is done. */
export interface DeployForesight {
  releaseLabel: string;
  /** The target version this release will be judged against; null when no targets are in force. */
  judgedAgainst: TargetVersion | null;
  /** True when this is the lane's first deployment: the version in force is frozen from then on. */
  freezesTargets: boolean;
  /** Flags the gate would raise that it does not raise now (flags never clear by themselves). */
  newFlags: Flag[];
  /** Gate reasons that would appear (TARGETS_DEFINED_LATE can never be undone). */
  newReasons: Reason[];
  /** The lane is still PROPOSED: deploying is allowed (docs/rules.md) and counts as its first deployment. */
  fromProposed: boolean;
  /** Whether the person must confirm: anything lasting (a flag, a reason, a deploy from PROPOSED). */
  needsConfirmation: boolean;
}

/**
 * Runs the gate itself on the lane as it is and as it would be with `releaseId` deployed at
 * `deployedAt`, and reports the difference: the same rules the server applies after the deploy,
 * so the warning can never disagree with what happens.
 */
export function foreseeDeploy({
  lane,
  releaseId,
  deployedAt,
}: {
  lane: LaneData;
  releaseId: string;
  deployedAt: Date;
}): DeployForesight | null {
  const release = lane.releases.find((r) => r.id === releaseId);
  if (!release || release.deployedAt !== null) return null;
  const now = deployedAt;
  const before = evaluateLane({ lane, now });
  const deployed: LaneData = {
    ...lane,
    releases: lane.releases.map((r) => (r.id === releaseId ? { ...r, deployedAt, observationEndsAt: null } : r)),
  };
  const after = evaluateLane({ lane: deployed, now });
  const flagsBefore = new Set(before.flags.map((f) => f.code));
  const reasonsBefore = new Set(before.reasons.map((r) => r.code));
  const newFlags = after.flags.filter((f) => !flagsBefore.has(f.code));
  // Only gate reasons: the release's own reasons (KPI_MISSING...) are what judging it means.
  const newReasons = after.reasons.filter((r) => r.kind === "gate" && !reasonsBefore.has(r.code));
  const fromProposed = lane.stage === "PROPOSED";
  return {
    releaseLabel: release.versionLabel,
    judgedAgainst: findTargetVersion({ targetVersions: lane.targetVersions, at: deployedAt }),
    freezesTargets: findFirstDeployment({ releases: lane.releases }) === null,
    newFlags,
    newReasons,
    fromProposed,
    needsConfirmation: fromProposed || newFlags.length > 0 || newReasons.length > 0,
  };
}
