import { describe, expect, it } from "vitest";
import { parseTeamSort, sortTeams } from "./sort-teams";

const team = (name: string, laneCount: number, ready: number, rate: number | null) => ({
  name,
  laneCount,
  verdicts: { READY: ready },
  changeFailureRate: rate,
});
const teams = [team("Web", 1, 0, null), team("Finance", 2, 1, 0.2), team("Customer", 2, 0, 0.5)];

describe("sortTeams", () => {
  it.each([
    ["name", ["Customer", "Finance", "Web"]],
    ["lanes", ["Customer", "Finance", "Web"]],
    ["ready", ["Finance", "Customer", "Web"]],
    ["failure", ["Customer", "Finance", "Web"]],
  ] as const)("by %s", (sort, names) => {
    expect(sortTeams(teams, sort).map((t) => t.name)).toEqual(names);
  });

  it("reads an unknown sort as name", () => {
    expect(parseTeamSort("x")).toBe("name");
  });
});
