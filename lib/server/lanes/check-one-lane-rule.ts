import "server-only";
import { CANARY_OR_BEYOND } from "@/lib/domain/readiness/constants";
import { evaluateLane } from "@/lib/domain/readiness/evaluate-lane";
import { evaluateOrgRule } from "@/lib/domain/readiness/evaluate-org-rule";
import type { Stage } from "@/lib/domain/readiness/types";
import type { Tx } from "@/lib/server/db-types";
import { laneDataInclude } from "@/lib/server/lanes/lane-data-query";
import { toLaneData } from "@/lib/server/lanes/to-lane-data";

/**
 * Would the organisation's one-lane rule be violated if this lane entered `to`? Only entering
 * CANARY or beyond from below counts; the other lanes are judged as the transaction sees them.
 * Returns the slugs of the lanes already holding the one slot when the move is blocked.
 */
export async function checkOneLaneRule({
  tx,
  laneId,
  from,
  to,
  now,
}: {
  tx: Tx;
  laneId: string;
  from: Stage;
  to: Stage;
  now: Date;
}): Promise<{ blocked: false } | { blocked: true; holders: string[] }> {
  if (!CANARY_OR_BEYOND.includes(to) || CANARY_OR_BEYOND.includes(from)) return { blocked: false };
  const rows = await tx.lane.findMany({ include: laneDataInclude });
  const lanes = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    stage: row.id === laneId ? to : row.stage,
    verdict: evaluateLane({ lane: toLaneData(row), now }).verdict,
    oneLaneOverride: row.stageChanges.some((c) => c.overrideKind === "ONE_LANE"),
  }));
  const state = evaluateOrgRule({ lanes });
  if (!state.violated) return { blocked: false };
  const self = rows.find((r) => r.id === laneId)?.slug;
  return {
    blocked: true,
    holders: state.lanesAtCanaryOrBeyond.filter((s) => s !== self && !state.overriddenSlugs.includes(s)),
  };
}
