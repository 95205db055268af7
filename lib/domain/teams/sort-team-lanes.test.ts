import { describe, expect, it } from "vitest";
import { parseTeamLaneSort, sortTeamLanes, type SortableTeamLane } from "./sort-team-lanes";

const lane = (
  name: string,
  verdict: SortableTeamLane["verdict"],
  streak: number,
  rate: number | null,
  mttr: number | null,
) => ({
  name,
  verdict,
  streak,
  changeFailure: { rate },
  recovery: { meanSeconds: mttr },
});
const lanes = [
  lane("Bravo", "READY", 3, 0, 600),
  lane("Alpha", "HOLD", 1, 0.5, null),
  lane("Charlie", "STOP", 0, null, 3600),
  lane("Delta", "HOLD", 0, 0.25, 60),
];

describe("sortTeamLanes", () => {
  it.each([
    ["verdict", ["Charlie", "Alpha", "Delta", "Bravo"]],
    ["name", ["Alpha", "Bravo", "Charlie", "Delta"]],
    ["streak", ["Bravo", "Alpha", "Charlie", "Delta"]],
    ["failure", ["Alpha", "Delta", "Bravo", "Charlie"]],
    ["recovery", ["Charlie", "Bravo", "Delta", "Alpha"]],
  ] as const)("by %s", (sort, names) => {
    expect(sortTeamLanes(lanes, sort).map((l) => l.name)).toEqual(names);
  });

  it.each([
    [undefined, "verdict"],
    ["streak", "streak"],
    ["bogus", "verdict"],
  ] as const)("reads %s from the URL as %s", (value, sort) => {
    expect(parseTeamLaneSort(value)).toBe(sort);
  });
});
