import { describe, expect, it } from "vitest";
import { chooseFixLinks } from "./choose-fix-links";
import { REASON_CODES, type ReasonCode } from "./types";

describe("chooseFixLinks", () => {
  it.each<[ReasonCode, string | null, string[]]>([
    ["NO_PLAN_SNAPSHOTS", "r2", ["/lanes/orders/releases/r2#add-plans", "/lanes/orders#pipeline"]],
    ["NO_PLAN_SNAPSHOTS", null, ["/lanes/orders#lane-releases", "/lanes/orders#pipeline"]],
    ["KPI_MISSING", "2026.11+1", ["/lanes/orders/releases/2026.11%2B1", "/lanes/orders#pipeline"]],
    ["KPI_MISSING", null, ["/lanes/orders#pipeline"]],
    ["PRIORITY_INCIDENT", "r1", ["/lanes/orders/releases/r1"]],
    ["PLANNER_OWNER_MISSING", null, ["/lanes/orders#manage"]],
    ["ROLLBACK_DRILL_TOO_SLOW", "r1", ["/lanes/orders#manage"]],
    ["STREAK_TOO_SHORT", "r1", ["/lanes/orders#lane-releases"]],
  ])("%s (release %s)", (code, releaseLabel, hrefs) => {
    expect(chooseFixLinks({ code, laneSlug: "orders", releaseLabel }).map((l) => l.href)).toEqual(hrefs);
  });

  it("every pipeline-fed reason offers the pipeline route", () => {
    for (const code of ["NO_PLAN_SNAPSHOTS", "KPI_MISSING", "KPI_NOT_MET"] as const)
      expect(chooseFixLinks({ code, laneSlug: "x", releaseLabel: "r" }).at(-1)?.href).toBe("/lanes/x#pipeline");
  });

  it("answers for every code", () => {
    for (const code of REASON_CODES)
      expect(Array.isArray(chooseFixLinks({ code, laneSlug: "x", releaseLabel: null }))).toBe(true);
  });
});
