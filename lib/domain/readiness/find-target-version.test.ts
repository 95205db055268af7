import { describe, expect, it } from "vitest";
import { findTargetVersion } from "./find-target-version";
import { buildTargetVersion, daysAgo } from "./test-factories";
import type { TargetVersion } from "./types";

const v1 = buildTargetVersion({ version: 1, effectiveFrom: daysAgo(30) });
const v2 = buildTargetVersion({ version: 2, effectiveFrom: daysAgo(10) });
const v3SameInstant = buildTargetVersion({ version: 3, effectiveFrom: daysAgo(10) });

describe("findTargetVersion", () => {
  it.each<[string, TargetVersion[], Date, number | null]>([
    ["no versions", [], daysAgo(5), null],
    ["before the first version took effect", [v1, v2], daysAgo(31), null],
    ["exactly when a version takes effect, it is in force", [v1, v2], daysAgo(30), 1],
    ["between two versions, the older is in force", [v1, v2], daysAgo(20), 1],
    ["after both, the newer is in force", [v2, v1], daysAgo(1), 2],
    ["equal effectiveFrom: the higher version number wins", [v3SameInstant, v2, v1], daysAgo(1), 3],
  ])("%s", (_name, targetVersions, at, expected) => {
    expect(findTargetVersion({ targetVersions, at })?.version ?? null).toBe(expected);
  });
});
