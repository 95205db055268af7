import { describe, expect, it } from "vitest";
import { filterLanes, type LaneSummary } from "@/lib/domain/overview/filter-lanes";

const row = (
  name: string,
  verdict: LaneSummary["verdict"],
  stage: LaneSummary["stage"],
  streak: number,
): LaneSummary => ({
  slug: name.toLowerCase(),
  name,
  owningTeam: "team",
  teamSlug: "team",
  stage,
  plannerOwner: null,
  executorOwner: null,
  streak,
  requiredStreak: 2,
  verdict,
  topReason: null,
  reasonCount: 0,
  flags: [],
});

const rows = [
  row("Bravo", "HOLD", "CANARY", 1),
  row("Alpha", "READY", "PRODUCTION", 2),
  row("Charlie", "STOP", "CANARY", 0),
  row("Delta", "HOLD", "SHADOW", 0),
];

describe("filterLanes", () => {
  it.each([
    [{ verdict: "HOLD", stage: null }, ["Bravo", "Delta"]],
    [{ verdict: null, stage: "CANARY" }, ["Bravo", "Charlie"]],
    [{ verdict: "HOLD", stage: "CANARY" }, ["Bravo"]],
    [{ verdict: "READY", stage: "SHADOW" }, []],
  ] as const)("filters by %j", (f, expected) => {
    expect(filterLanes(rows, { ...f, sort: "name", descending: false }).map((r) => r.name)).toEqual(expected);
  });

  it("sorts by verdict with STOP first, ties by name", () => {
    expect(
      filterLanes(rows, { verdict: null, stage: null, sort: "verdict", descending: false }).map((r) => r.name),
    ).toEqual(["Charlie", "Bravo", "Delta", "Alpha"]);
  });

  it("sorts by stage in rollout order and by streak descending", () => {
    expect(
      filterLanes(rows, { verdict: null, stage: null, sort: "stage", descending: false }).map((r) => r.name),
    ).toEqual(["Delta", "Bravo", "Charlie", "Alpha"]);
    expect(
      filterLanes(rows, { verdict: null, stage: null, sort: "streak", descending: true }).map((r) => r.name),
    ).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
  });

  it("does not mutate its input", () => {
    const copy = [...rows];
    filterLanes(rows, { verdict: null, stage: null, sort: "streak", descending: true });
    expect(rows).toEqual(copy);
  });
});
