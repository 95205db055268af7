import "server-only";
import { entersCanaryOrBeyond, findOneLaneHolders } from "@/lib/domain/lanes/find-one-lane-holders";
import type { Stage } from "@/lib/domain/readiness/types";
import type { Tx } from "@/lib/server/db-types";
import { loadEvaluatedLanes } from "@/lib/server/lanes/load-evaluated-lanes";

/**
 * The lanes holding the one-lane slot that a move of `laneId` from `from` to `to` would exceed
 * (null when the move may pass), with every lane judged as the transaction sees it.
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
}): Promise<string[] | null> {
  if (!entersCanaryOrBeyond({ from, to })) return null;
  const lanes = await loadEvaluatedLanes({ db: tx, now });
  const self = lanes.find((l) => l.row.id === laneId);
  if (!self) return null;
  return findOneLaneHolders({
    lanes: lanes.map(({ row, evaluation }) => ({
      slug: row.slug,
      name: row.name,
      stage: row.stage,
      verdict: evaluation.verdict,
      oneLaneOverride: row.stageChanges.some((c) => c.overrideKind === "ONE_LANE"),
    })),
    slug: self.row.slug,
    from,
    to,
  });
}
