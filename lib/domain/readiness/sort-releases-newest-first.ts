import type { Release } from "./types";

/**
 * Newest deployment first; planned (undeployed) releases last, in their input order.
 * Equal deployedAt: the release later in the input counts as newer, as for measurements.
 */
export function sortReleasesNewestFirst({ releases }: { releases: readonly Release[] }): Release[] {
  const deployed = releases
    .map((release, index) => ({ release, index }))
    .filter((entry) => entry.release.deployedAt !== null)
    .sort((a, b) => {
      const byTime = (b.release.deployedAt?.getTime() ?? 0) - (a.release.deployedAt?.getTime() ?? 0);
      // NaN (an invalid Date) would make the comparator inconsistent; fall back to input order.
      return Number.isNaN(byTime) || byTime === 0 ? b.index - a.index : byTime;
    })
    .map((entry) => entry.release);
  const planned = releases.filter((release) => release.deployedAt === null);
  return [...deployed, ...planned];
}
