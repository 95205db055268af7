import { evaluateKpis } from "./evaluate-kpis";
import { findTargetVersion } from "./find-target-version";
import { RELEASE_RULES } from "./rules/release/release-rules";
import type { Policy, Release, ReleaseEvaluation, TargetVersion } from "./types";

/**
 * Judges one release against the target version in force when it was deployed.
 * PLANNED (not deployed) and IN_PROGRESS (observation window still open) releases carry no
 * reasons: they neither count towards the streak nor break it. IN_PROGRESS releases still get
 * their KPI results so the UI can show early numbers.
 */
export function evaluateRelease({
  release,
  targetVersions,
  policy,
  now,
}: {
  release: Release;
  targetVersions: readonly TargetVersion[];
  policy: Policy;
  now: Date;
}): ReleaseEvaluation {
  const base = { releaseId: release.id, versionLabel: release.versionLabel };
  const deployedAt = release.deployedAt;
  if (deployedAt === null) {
    return { ...base, status: "PLANNED", targetVersion: null, kpis: [], reasons: [], stopBreached: false };
  }

  const targetVersion = findTargetVersion({ targetVersions, at: deployedAt });
  const kpis = evaluateKpis({ targets: targetVersion?.targets ?? [], measurements: release.measurements });
  const closed =
    release.rolledBackAt !== null ||
    (release.observationEndsAt !== null && release.observationEndsAt.getTime() <= now.getTime());
  if (!closed) {
    return {
      ...base,
      status: "IN_PROGRESS",
      targetVersion: targetVersion?.version ?? null,
      kpis,
      reasons: [],
      stopBreached: false,
    };
  }

  const context = { release, deployedAt, targetVersion, kpis, policy };
  const reasons = RELEASE_RULES.flatMap((rule) => rule.evaluate(context));
  return {
    ...base,
    status: reasons.length === 0 ? "STABLE" : "UNSTABLE",
    targetVersion: targetVersion?.version ?? null,
    kpis,
    reasons,
    // Mirrors the STOP_CONDITION reason, so it is false until the release is closed;
    // kpis[].stopBreached shows an open release's breach early.
    stopBreached: reasons.some((reason) => reason.code === "STOP_CONDITION"),
  };
}
