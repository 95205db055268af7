import type { Verdict } from "../readiness/types";

export const TEAM_LANE_SORTS = ["verdict", "name", "streak", "failure", "recovery"] as const;
export type TeamLaneSort = (typeof TEAM_LANE_SORTS)[number];

export interface SortableTeamLane {
  name: string;
  verdict: Verdict;
  streak: number;
  changeFailure: { rate: number | null };
  recovery: { meanSeconds: number | null };
}

// Worst first: the lanes that need attention lead.
const VERDICT_ORDER: Record<Verdict, number> = { STOP: 0, HOLD: 1, READY: 2 };

export const parseTeamLaneSort = (value: string | undefined): TeamLaneSort =>
  TEAM_LANE_SORTS.find((s) => s === value) ?? "verdict";

/**
 * A team's lanes in the order the page's sort asks for (kept in the URL): verdict (STOP first),
 * name, streak (longest first), change failure rate or recovery time (worst first; lanes
 * without a rate last). Ties fall back to the name.
 */
export function sortTeamLanes<L extends SortableTeamLane>(lanes: readonly L[], sort: TeamLaneSort): L[] {
  const worstFirst = (a: number | null, b: number | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a;
  const compare: Record<TeamLaneSort, (a: L, b: L) => number> = {
    verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
    name: () => 0,
    streak: (a, b) => b.streak - a.streak,
    failure: (a, b) => worstFirst(a.changeFailure.rate, b.changeFailure.rate),
    recovery: (a, b) => worstFirst(a.recovery.meanSeconds, b.recovery.meanSeconds),
  };
  return [...lanes].sort((a, b) => compare[sort](a, b) || a.name.localeCompare(b.name));
}
