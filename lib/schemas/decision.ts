import { z } from "zod";

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
