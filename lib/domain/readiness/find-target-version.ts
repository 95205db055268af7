import type { TargetVersion } from "./types";

/**
 * The target version in force at `at`: the greatest effectiveFrom at or before it (equal
 * effectiveFrom: the higher version number). null when no version was in force yet.
 */
export function findTargetVersion({
  targetVersions,
  at,
}: {
  targetVersions: readonly TargetVersion[];
  at: Date;
}): TargetVersion | null {
  let inForce: TargetVersion | null = null;
  for (const candidate of targetVersions) {
    const from = candidate.effectiveFrom.getTime();
    if (!(from <= at.getTime())) continue;
    if (inForce === null) {
      inForce = candidate;
      continue;
    }
    const current = inForce.effectiveFrom.getTime();
    if (from > current || (from === current && candidate.version > inForce.version)) inForce = candidate;
  }
  return inForce;
}
