import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/server/db-types";

// Only the part of the frozen LaneEvaluation this check reads; parsed, never cast.
const ZFrozenEvaluation = z.object({
  releases: z
    .array(
      z.object({
        releaseId: z.string(),
        kpis: z.array(z.object({ measurementId: z.string().nullable() })).default([]),
      }),
    )
    .default([]),
});

/**
 * Marks a lane's expansion decisions as needing review when evidence they rested on is later
 * invalidated. With `evidence`, only decisions taken after the evidence was recorded whose frozen
 * evaluation included that release are flagged; without it, every decision of the lane is.
 * Returns the number of decisions flagged.
 */
export async function flagDecisionsForReview(
  tx: Tx,
  laneId: string,
  reason: string,
  evidence?: { releaseId: string; recordedAt: Date },
): Promise<number> {
  const decisions = await tx.decision.findMany({
    where: { laneId, needsReview: false, ...(evidence ? { decidedAt: { gte: evidence.recordedAt } } : {}) },
    select: { id: true, evaluation: true },
  });
  const ids = decisions
    .filter((d) => {
      if (!evidence) return true;
      const parsed = ZFrozenEvaluation.safeParse(d.evaluation);
      // An evaluation we cannot read is flagged: a person should look rather than trust it.
      return !parsed.success || parsed.data.releases.some((r) => r.releaseId === evidence.releaseId);
    })
    .map((d) => d.id);
  if (ids.length === 0) return 0;
  const { count } = await tx.decision.updateMany({
    where: { id: { in: ids } },
    data: { needsReview: true, needsReviewReason: reason },
  });
  return count;
}
