import { describe, expect, it } from "vitest";
import { filterTrendRange, parseTrendRange } from "./filter-trend-range";

const d = (day: string, time = "12:00:00") => new Date(`2026-11-${day}T${time}Z`);
const releases = [
  { label: "planned", deployedAt: null },
  { label: "a", deployedAt: d("01") },
  { label: "b", deployedAt: d("10", "23:30:00") },
  { label: "c", deployedAt: d("20") },
];
const history = [{ at: d("02") }, { at: d("15") }];

describe("parseTrendRange", () => {
  it.each([
    [{ from: "2026-11-05", to: "2026-11-10" }, ["2026-11-05T00:00:00.000Z", "2026-11-10T23:59:59.999Z"]],
    [{ from: null, to: "2026-11-10" }, [null, "2026-11-10T23:59:59.999Z"]],
    [{ from: "last week", to: "2026-13-45" }, [null, null]],
  ] as const)("%j", (input, [from, to]) => {
    const r = parseTrendRange(input);
    expect([r.from?.toISOString() ?? null, r.to?.toISOString() ?? null]).toEqual([from, to]);
  });
});

describe("filterTrendRange", () => {
  it.each([
    ["no range keeps everything, planned too", { from: null, to: null }, ["planned", "a", "b", "c"], 2],
    [
      "a range keeps releases deployed in it, whole last day",
      parseTrendRange({ from: "2026-11-01", to: "2026-11-10" }),
      ["a", "b"],
      1,
    ],
    ["open end", parseTrendRange({ from: "2026-11-11", to: null }), ["c"], 1],
  ] as const)("%s", (_, range, labels, changes) => {
    const r = filterTrendRange({ releases, history, range });
    expect(r.releases.map((x) => x.label)).toEqual(labels);
    expect(r.history).toHaveLength(changes);
  });
});
