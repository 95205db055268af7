import { formatInstant } from "../format/format-instant";
import { SECONDS_PER_DAY } from "./constants";
import { findLatestDrill } from "./find-latest-drill";
import type { LaneData } from "./types";

const DAY_MS = SECONDS_PER_DAY * 1000;

/** An instant at which the gate's answer can change although no data changed, and why. */
export interface ReadinessDue {
  at: Date;
  cause: string;
}

/**
 * The first instant after `now` at which evaluateLane can answer differently for the same data: an
 * open observation window ends (the release closes and counts), the latest rollback drill becomes
 * older than the policy allows (ROLLBACK_DRILL_STALE: strictly older, so one millisecond past the
 * limit), or, once stale, its age in whole days grows (the warning's sentence names it). Null when
 * nothing is pending. The scheduler re-evaluates a lane at this time and records the change there.
 */
export function findNextReadinessDue({ lane, now }: { lane: LaneData; now: Date }): ReadinessDue | null {
  const candidates: ReadinessDue[] = [];
  for (const release of lane.releases) {
    const ends = release.observationEndsAt;
    if (release.deployedAt === null || release.rolledBackAt !== null || ends === null) continue;
    if (ends.getTime() > now.getTime()) {
      candidates.push({ at: ends, cause: `Observation window of release ${release.versionLabel} ended` });
    }
  }
  const drill = findLatestDrill({ rollbackDesign: lane.rollbackDesign });
  if (drill) {
    const limitMs = lane.policy.drillMaxAgeDays * DAY_MS;
    const staleAt = drill.performedAt.getTime() + limitMs + 1;
    const drillDay = formatInstant(drill.performedAt);
    if (staleAt > now.getTime()) {
      candidates.push({
        at: new Date(staleAt),
        cause: `Rollback drill of ${drillDay} became older than ${lane.policy.drillMaxAgeDays} days`,
      });
    } else {
      const ageDays = Math.floor((now.getTime() - drill.performedAt.getTime()) / DAY_MS);
      candidates.push({
        at: new Date(drill.performedAt.getTime() + (ageDays + 1) * DAY_MS),
        cause: `Rollback drill of ${drillDay} is now ${ageDays + 1} days old`,
      });
    }
  }
  // A policy age past the calendar (the largest Date) never makes a drill stale.
  return candidates
    .filter((c) => Number.isFinite(c.at.getTime()))
    .reduce<ReadinessDue | null>(
      (first, c) => (first === null || c.at.getTime() < first.at.getTime() ? c : first),
      null,
    );
}
