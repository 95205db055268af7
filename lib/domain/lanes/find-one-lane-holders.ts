import { CANARY_OR_BEYOND } from "../readiness/constants";
import { evaluateOrgRule, type OrgRuleLane } from "../readiness/evaluate-org-rule";
import type { Stage } from "../readiness/types";

/** Only a move from below CANARY to CANARY or beyond can break the one-lane rule. */
export function entersCanaryOrBeyond({ from, to }: { from: Stage; to: Stage }): boolean {
  return CANARY_OR_BEYOND.includes(to) && !CANARY_OR_BEYOND.includes(from);
}

/**
 * Would the organisation's one-lane rule be violated if lane `slug` moved from `from` to `to`?
 * Only entering CANARY or beyond from below counts. Returns null when the move may pass, else the
 * slugs of the lanes already holding the one slot (lanes let in by an override do not hold it).
 * `lanes` is every lane as it stands, this one included.
 */
export function findOneLaneHolders({
  lanes,
  slug,
  from,
  to,
}: {
  lanes: readonly OrgRuleLane[];
  slug: string;
  from: Stage;
  to: Stage;
}): string[] | null {
  if (!entersCanaryOrBeyond({ from, to })) return null;
  const state = evaluateOrgRule({ lanes: lanes.map((lane) => (lane.slug === slug ? { ...lane, stage: to } : lane)) });
  if (!state.violated) return null;
  return state.lanesAtCanaryOrBeyond.filter((s) => s !== slug && !state.overriddenSlugs.includes(s));
}
