import "server-only";
import type { Tx } from "@/lib/server/mutations/run-mutation";

/**
 * Called inside a transaction that invalidates evidence (a measurement) of a lane: every decision
 * on that lane taken before now rested on the old evidence and is marked as needing review.
 * Already-flagged decisions keep their first reason. Returns how many were flagged.
 */
export async function flagDecisionsForReview(tx: Tx, laneId: string, reason: string): Promise<number> {
  const flagged = await tx.decision.updateMany({ where: { laneId, needsReview: false }, data: { needsReview: true, needsReviewReason: reason } });
  return flagged.count;
}
