import { computeStreak } from "./compute-streak";
import { evaluateRelease } from "./evaluate-release";
import { FLAG_RULES } from "./rules/flags/flag-rules";
import { GATE_RULES } from "./rules/gate/gate-rules";
import { WARNING_RULES } from "./rules/gate/warning-rules";
import { sortReleasesNewestFirst } from "./sort-releases-newest-first";
import type { LaneData, LaneEvaluation, Reason, ReleaseEvaluation, Verdict } from "./types";

function isClosed(release: ReleaseEvaluation): boolean {
  return release.status === "STABLE" || release.status === "UNSTABLE";
}

/**
 * The readiness gate: a pure function of a lane's data and `now`.
 *
 * Invariants: reasons is empty iff the verdict is READY; READY implies streak >= required and
 * both owners assigned (STREAK_TOO_SHORT and *_OWNER_MISSING block otherwise); STOP iff the
 * newest closed release breached a stop condition, whose STOP_CONDITION reason comes first.
 */
export function evaluateLane({ lane, now }: { lane: LaneData; now: Date }): LaneEvaluation {
  const releases = sortReleasesNewestFirst({ releases: lane.releases }).map((release) =>
    evaluateRelease({ release, targetVersions: lane.targetVersions, policy: lane.policy, now }),
  );
  const streak = computeStreak({ releases });
  const required = lane.policy.requiredStableReleases;
  const newestClosed = releases.find(isClosed) ?? null;
  const stop = newestClosed?.stopBreached ?? false;

  // The release that broke the streak says why the streak is short; with a stop condition
  // breached it is also the newest closed release, so its STOP_CONDITION leads the list.
  const breaker = releases.find((release) => release.status === "UNSTABLE") ?? null;
  const releaseReasons: Reason[] = breaker !== null && (streak < required || stop) ? breaker.reasons : [];

  const context = { lane, now, streak, releases };
  const gateReasons = GATE_RULES.flatMap((rule) => rule.evaluate(context));
  const reasons = [...releaseReasons, ...gateReasons];

  const verdict: Verdict = stop ? "STOP" : reasons.length === 0 ? "READY" : "HOLD";
  return {
    laneId: lane.id,
    verdict,
    streak,
    requiredStreak: required,
    reasons,
    warnings: WARNING_RULES.flatMap((rule) => rule.evaluate(context)),
    flags: FLAG_RULES.flatMap((rule) => rule.evaluate({ lane, now })),
    releases,
  };
}
