import { CANARY_OR_BEYOND } from "./constants";
import type { Stage, Verdict } from "./types";

export interface OrgRuleLane {
  slug: string;
  name: string;
  stage: Stage;
  verdict: Verdict;
  oneLaneOverride: boolean;
}

export interface OrgRuleState {
  anyReady: boolean;
  /** Slugs of lanes in CANARY, PRODUCTION or EXPANDED, in input order. */
  lanesAtCanaryOrBeyond: string[];
  /** Lanes allowed at CANARY or beyond; null once a lane is READY and the rule is lifted. */
  limit: 1 | null;
  violated: boolean;
  /** Lanes at CANARY or beyond only because a platform lead overrode the rule for them. */
  overriddenSlugs: string[];
}

/**
 * DESIGN's organisation rule: while no lane is READY, at most one lane may run at CANARY or
 * beyond. A lane with a ONE_LANE override is allowed on top of that one, so it never makes the
 * rule violated; two lanes without an override do.
 */
export function evaluateOrgRule({ lanes }: { lanes: readonly OrgRuleLane[] }): OrgRuleState {
  const anyReady = lanes.some((lane) => lane.verdict === "READY");
  const atCanary = lanes.filter((lane) => CANARY_OR_BEYOND.includes(lane.stage));
  const counted = atCanary.filter((lane) => !lane.oneLaneOverride);
  return {
    anyReady,
    lanesAtCanaryOrBeyond: atCanary.map((lane) => lane.slug),
    limit: anyReady ? null : 1,
    violated: !anyReady && counted.length > 1,
    overriddenSlugs: atCanary.filter((lane) => lane.oneLaneOverride).map((lane) => lane.slug),
  };
}
