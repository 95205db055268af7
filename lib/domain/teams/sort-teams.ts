export const TEAM_SORTS = ["name", "lanes", "ready", "failure"] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];

export interface SortableTeam {
  name: string;
  laneCount: number;
  verdicts: { READY: number };
  changeFailureRate: number | null;
}

export const parseTeamSort = (value: string | undefined): TeamSort => TEAM_SORTS.find((s) => s === value) ?? "name";

/** Teams in the /teams page's order (kept in the URL): by name, most lanes, most READY, or worst change failure rate. */
export function sortTeams<T extends SortableTeam>(teams: readonly T[], sort: TeamSort): T[] {
  const compare: Record<TeamSort, (a: T, b: T) => number> = {
    name: () => 0,
    lanes: (a, b) => b.laneCount - a.laneCount,
    ready: (a, b) => b.verdicts.READY - a.verdicts.READY,
    failure: (a, b) =>
      a.changeFailureRate === null
        ? b.changeFailureRate === null
          ? 0
          : 1
        : b.changeFailureRate === null
          ? -1
          : b.changeFailureRate - a.changeFailureRate,
  };
  return [...teams].sort((a, b) => compare[sort](a, b) || a.name.localeCompare(b.name));
}
