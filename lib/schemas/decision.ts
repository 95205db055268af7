import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZStage, ZVerdict } from "@/lib/schemas/readiness";

/** A platform lead's answer to "expand this lane's scope now?". */
export const ZRecordDecision = z.object({
  outcome: z.enum(["APPROVED", "REFUSED"], { error: "Approve or refuse" }),
  reason: z
    .string()
    .trim()
    .min(10, "Give a reason of at least 10 characters")
    .max(2000, "A reason has at most 2,000 characters"),
  /** Approving a lane that is not READY is only possible as an explicit, flagged override. */
  override: z.boolean().optional(),
});
export type TRecordDecision = z.infer<typeof ZRecordDecision>;

/** A recorded decision: the verdict it rested on and, for an approval, the lane's new stage. */
export const ZDecisionRecorded = z.object({
  id: z.string(),
  outcome: z.enum(["APPROVED", "REFUSED"]),
  verdict: ZVerdict,
  stage: ZStage,
  overrides: z.array(z.enum(["EXPANSION", "ONE_LANE"])),
});

/** One expansion decision in a list, with the evaluation it was taken on. */
export const ZDecisionListItem = z.object({
  id: z.string(),
  lane: z.object({ slug: z.string(), name: z.string() }),
  outcome: z.enum(["APPROVED", "REFUSED"]),
  reason: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: ZIsoTime,
  verdict: ZVerdict.nullable(),
  streak: z.number().int().nullable(),
  requiredStreak: z.number().int().nullable(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  needsReview: z.boolean(),
  needsReviewReason: z.string().nullable(),
});

export type TDecisionListItem = z.infer<typeof ZDecisionListItem>;

export const ZDecisionList = z.object({ decisions: z.array(ZDecisionListItem) });
