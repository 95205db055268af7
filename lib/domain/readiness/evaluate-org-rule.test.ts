import { describe, expect, it } from "vitest";
import { evaluateOrgRule, type OrgRuleLane, type OrgRuleState } from "./evaluate-org-rule";
import type { Stage, Verdict } from "./types";

function lane(slug: string, stage: Stage, verdict: Verdict = "HOLD", oneLaneOverride = false): OrgRuleLane {
  return { slug, name: slug.toUpperCase(), stage, verdict, oneLaneOverride };
}

describe("evaluateOrgRule", () => {
  it.each<[string, OrgRuleLane[], OrgRuleState]>([
    ["no lanes", [], { anyReady: false, lanesAtCanaryOrBeyond: [], limit: 1, violated: false, overriddenSlugs: [] }],
    [
      "one lane in canary, others earlier",
      [lane("a", "CANARY"), lane("b", "SHADOW"), lane("c", "PROPOSED")],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a"], limit: 1, violated: false, overriddenSlugs: [] },
    ],
    [
      "two lanes at canary or beyond, none READY: violated",
      [lane("a", "CANARY"), lane("b", "PRODUCTION")],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a", "b"], limit: 1, violated: true, overriddenSlugs: [] },
    ],
    [
      "EXPANDED counts as beyond canary",
      [lane("a", "EXPANDED", "STOP"), lane("b", "CANARY")],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a", "b"], limit: 1, violated: true, overriddenSlugs: [] },
    ],
    [
      "PAUSED and RETIRED lanes do not count",
      [lane("a", "CANARY"), lane("b", "PAUSED"), lane("c", "RETIRED")],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a"], limit: 1, violated: false, overriddenSlugs: [] },
    ],
    [
      "a READY lane lifts the rule",
      [lane("a", "PRODUCTION", "READY"), lane("b", "CANARY"), lane("c", "CANARY")],
      { anyReady: true, lanesAtCanaryOrBeyond: ["a", "b", "c"], limit: null, violated: false, overriddenSlugs: [] },
    ],
    [
      "a READY lane still in SHADOW lifts the rule too",
      [lane("a", "SHADOW", "READY"), lane("b", "CANARY"), lane("c", "CANARY")],
      { anyReady: true, lanesAtCanaryOrBeyond: ["b", "c"], limit: null, violated: false, overriddenSlugs: [] },
    ],
    [
      "the second lane has a ONE_LANE override: not violated",
      [lane("a", "CANARY"), lane("b", "CANARY", "HOLD", true)],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a", "b"], limit: 1, violated: false, overriddenSlugs: ["b"] },
    ],
    [
      "an override does not excuse two other lanes",
      [lane("a", "CANARY"), lane("b", "CANARY", "HOLD", true), lane("c", "PRODUCTION")],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a", "b", "c"], limit: 1, violated: true, overriddenSlugs: ["b"] },
    ],
    [
      "an override on a lane not yet at canary is not listed",
      [lane("a", "CANARY"), lane("b", "SHADOW", "HOLD", true)],
      { anyReady: false, lanesAtCanaryOrBeyond: ["a"], limit: 1, violated: false, overriddenSlugs: [] },
    ],
  ])("%s", (_name, lanes, expected) => {
    expect(evaluateOrgRule({ lanes })).toEqual(expected);
  });
});
