import { describe, expect, it } from "vitest";
import type { OrgRuleLane } from "../readiness/evaluate-org-rule";
import type { Stage } from "../readiness/types";
import { findOneLaneHolders } from "./find-one-lane-holders";

const lane = (slug: string, stage: Stage, extra: Partial<OrgRuleLane> = {}): OrgRuleLane => ({
  slug,
  name: slug,
  stage,
  verdict: "HOLD",
  oneLaneOverride: false,
  ...extra,
});

describe("findOneLaneHolders", () => {
  it.each<[string, OrgRuleLane[], Stage, Stage, string[] | null]>([
    ["the first lane may enter canary", [lane("a", "SHADOW"), lane("b", "SHADOW")], "SHADOW", "CANARY", null],
    ["a second lane may not", [lane("a", "SHADOW"), lane("b", "PRODUCTION")], "SHADOW", "CANARY", ["b"]],
    [
      "a READY lane anywhere lifts the rule",
      [lane("a", "SHADOW"), lane("b", "PRODUCTION"), lane("c", "SHADOW", { verdict: "READY" })],
      "SHADOW",
      "CANARY",
      null,
    ],
    [
      "a lane let in by an override holds no slot",
      [lane("a", "SHADOW"), lane("b", "CANARY", { oneLaneOverride: true })],
      "SHADOW",
      "CANARY",
      null,
    ],
    [
      "moving within canary or beyond is not entering",
      [lane("a", "CANARY"), lane("b", "CANARY")],
      "CANARY",
      "PRODUCTION",
      null,
    ],
    ["moving below canary is never blocked", [lane("a", "PROPOSED"), lane("b", "CANARY")], "PROPOSED", "SHADOW", null],
    [
      "resuming from a pause into canary counts",
      [lane("a", "PAUSED"), lane("b", "EXPANDED")],
      "PAUSED",
      "CANARY",
      ["b"],
    ],
  ])("%s", (_name, lanes, from, to, holders) => {
    expect(findOneLaneHolders({ lanes, slug: "a", from, to })).toEqual(holders);
  });
});
