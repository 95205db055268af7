import type { ReasonCode } from "./types";

export interface FixLink {
  href: string;
  label: string;
}

/**
 * Where a reason's "To fix" leads: the form that fixes it, and for evidence a pipeline pushes
 * (plans, measurements) also the token card and CLI snippet. `releaseLabel` is the release the
 * reason is about, or the lane's newest one. Anchors are the lane page's sections.
 */
export function chooseFixLinks({
  code,
  laneSlug,
  releaseLabel,
}: {
  code: ReasonCode;
  laneSlug: string;
  releaseLabel: string | null;
}): FixLink[] {
  const lane = `/lanes/${laneSlug}`;
  const release = releaseLabel ? `${lane}/releases/${encodeURIComponent(releaseLabel)}` : null;
  const pipeline: FixLink = { href: `${lane}#pipeline`, label: "Push from CI (token and CLI)" };
  switch (code) {
    case "NO_PLAN_SNAPSHOTS":
      return [
        release
          ? { href: `${release}#add-plans`, label: `Paste EXPLAIN output on release ${releaseLabel}` }
          : { href: `${lane}#lane-releases`, label: "Plan a release, then paste its EXPLAIN output" },
        pipeline,
      ];
    case "KPI_MISSING":
    case "KPI_NOT_MET":
      return release
        ? [{ href: release, label: `Record measurements on release ${releaseLabel}` }, pipeline]
        : [pipeline];
    case "PRIORITY_INCIDENT":
    case "SLOW_RECOVERY":
    case "STOP_CONDITION":
    case "ROLLED_BACK":
      return release ? [{ href: release, label: `Open release ${releaseLabel}` }] : [];
    case "STREAK_TOO_SHORT":
      return [{ href: `${lane}#lane-releases`, label: "Releases" }];
    case "PLANNER_OWNER_MISSING":
    case "EXECUTOR_OWNER_MISSING":
      return [{ href: `${lane}#manage`, label: "Assign owner" }];
    case "NO_ROLLBACK_DESIGN":
    case "ROLLBACK_DRILL_MISSING":
    case "ROLLBACK_DRILL_TOO_SLOW":
    case "ROLLBACK_DRILL_STALE":
      return [{ href: `${lane}#manage`, label: "Rollback design and drills" }];
    case "TARGETS_DEFINED_LATE":
      return [{ href: `${lane}#manage`, label: "Override as platform lead" }];
  }
}
