import type { ReleaseEvaluation } from "./types";

/**
 * Consecutive STABLE releases from the newest, stopping at the first UNSTABLE one.
 * PLANNED and IN_PROGRESS releases are skipped: they neither count nor break the streak.
 * `releases` must be ordered newest deployment first.
 */
export function computeStreak({ releases }: { releases: readonly ReleaseEvaluation[] }): number {
  let streak = 0;
  for (const release of releases) {
    if (release.status === "UNSTABLE") break;
    if (release.status === "STABLE") streak += 1;
  }
  return streak;
}
