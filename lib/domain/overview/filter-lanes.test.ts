import { describe, expect, it } from "vitest";
import { filterLanes, selectOverviewPage, type LaneSummary } from "@/lib/domain/overview/filter-lanes";

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

describe("filterLanes by team and search", () => {
  const teams = [
    { ...row("Orders rollup", "HOLD", "CANARY", 1), slug: "orders-rollup", owningTeam: "Revenue data" },
    { ...row("Clicks", "READY", "SHADOW", 2), slug: "clickstream", owningTeam: "Growth" },
  ];
  it.each([
    [{ team: "revenue" }, ["Orders rollup"]],
    [{ search: "ROLL" }, ["Orders rollup"]],
    [{ search: "clickstream" }, ["Clicks"]],
    [{ team: "growth", search: "orders" }, []],
  ] as const)("keeps %j", (f, expected) => {
    const filter = { verdict: null, stage: null, sort: "name", descending: false, ...f } as const;
    expect(filterLanes(teams, filter).map((r) => r.name)).toEqual(expected);
  });
});

describe("selectOverviewPage", () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    row(`Lane ${i}`, i % 3 === 0 ? "STOP" : i % 3 === 1 ? "HOLD" : "READY", i < 4 ? "CANARY" : "SHADOW", i % 3),
  );
  const filter = { verdict: null, stage: null, sort: "name", descending: false } as const;

  it.each([
    [1, 3, ["Lane 0", "Lane 1", "Lane 2"], 1, 3],
    [3, 3, ["Lane 6"], 3, 3],
    [9, 3, ["Lane 6"], 3, 3],
    [1, 100, many.map((r) => r.name), 1, 1],
  ])("page %i of size %i", (page, pageSize, names, current, pageCount) => {
    const result = selectOverviewPage(many, filter, { page, pageSize });
    expect(result.rows.map((r) => r.name)).toEqual(names);
    expect(result).toMatchObject({ total: 7, page: current, pageCount, pageSize });
  });

  it("counts verdicts over every filter but the verdict, and totals over all of them", () => {
    const result = selectOverviewPage(many, { ...filter, stage: "CANARY", verdict: "HOLD" }, { page: 1, pageSize: 10 });
    expect(result.counts).toEqual({ STOP: 2, HOLD: 1, READY: 1 });
    expect(result.total).toBe(1);
    expect(result.rows.map((r) => r.name)).toEqual(["Lane 1"]);
  });

  it("an empty result is one empty page", () => {
    const result = selectOverviewPage([], filter, { page: 4, pageSize: 10 });
    expect(result).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
  });
});
