import { describe, expect, it } from "vitest";
import { computeStreak } from "./compute-streak";
import type { ReleaseEvaluation, ReleaseStatus } from "./types";

function evaluations(statuses: ReleaseStatus[]): ReleaseEvaluation[] {
  return statuses.map((status, index) => ({
    releaseId: `r${index}`,
    versionLabel: `v${index}`,
    status,
    targetVersion: 1,
    kpis: [],
    reasons: [],
    stopBreached: false,
  }));
}

describe("computeStreak (statuses newest first)", () => {
  it.each<[string, ReleaseStatus[], number]>([
    ["no releases", [], 0],
    ["only planned and in-progress", ["IN_PROGRESS", "PLANNED"], 0],
    ["two stable", ["STABLE", "STABLE"], 2],
    ["newest unstable resets to 0", ["UNSTABLE", "STABLE", "STABLE"], 0],
    ["stops at the first unstable", ["STABLE", "UNSTABLE", "STABLE", "STABLE"], 1],
    ["in-progress between stable ones neither counts nor breaks", ["STABLE", "IN_PROGRESS", "STABLE"], 2],
    ["in-progress newest is skipped", ["IN_PROGRESS", "STABLE", "STABLE", "STABLE"], 3],
    ["planned releases are skipped", ["STABLE", "PLANNED", "STABLE"], 2],
  ])("%s", (_name, statuses, expected) => {
    expect(computeStreak({ releases: evaluations(statuses) })).toBe(expected);
  });
});
