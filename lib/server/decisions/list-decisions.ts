import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/server/db-types";

// The frozen evaluation is JSON read back from the database: parse the part the list shows.
const ZFrozen = z.object({
  verdict: z.enum(["READY", "HOLD", "STOP"]),
  streak: z.number(),
  requiredStreak: z.number(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** Every expansion decision, newest first, with the verdict and streak it was taken on. */
export async function listDecisions({ db, laneSlug }: { db: Db; laneSlug?: string }) {
  const rows = await db.decision.findMany({
    where: laneSlug ? { lane: { slug: laneSlug } } : {},
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    include: { lane: { select: { slug: true, name: true } }, decidedBy: { select: { name: true } } },
  });
  return rows.map((d) => {
    const frozen = ZFrozen.safeParse(d.evaluation);
    return {
      id: d.id,
      lane: d.lane,
      outcome: d.outcome,
      reason: d.reason,
      decidedBy: d.decidedBy?.name ?? null,
      decidedAt: d.decidedAt.toISOString(),
      verdict: frozen.success ? frozen.data.verdict : null,
      streak: frozen.success ? frozen.data.streak : null,
      requiredStreak: frozen.success ? frozen.data.requiredStreak : null,
      reasons: frozen.success ? frozen.data.reasons : [],
      needsReview: d.needsReview,
      needsReviewReason: d.needsReviewReason,
    };
  });
}
export type DecisionListItem = Awaited<ReturnType<typeof listDecisions>>[number];
