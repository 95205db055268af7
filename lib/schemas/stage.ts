import { z } from "zod";
import { ZExpectedVersion } from "@/lib/schemas/instant";
import { STAGES } from "@/lib/domain/readiness/types";

/**
 * A stage move. `override` asks a platform lead's authority to pass a closed gate (expansion
 * before READY, or the one-lane rule); it is only valid with a written reason.
 */
export const ZChangeStage = z
  .object({
    toStage: z.enum(STAGES, { error: "Pick a stage" }),
    reason: z.string().trim().max(2000, "A reason has at most 2,000 characters").optional(),
    override: z.boolean().optional(),
    version: ZExpectedVersion.optional(),
  })
  .refine((v) => !v.override || (v.reason ?? "").length >= 10, {
    message: "An override needs a written reason of at least 10 characters",
    path: ["reason"],
  });
export type TChangeStage = z.infer<typeof ZChangeStage>;

/** The lane after a stage move, with the gate overrides the move was recorded with. */
export const ZStageChanged = z.object({
  slug: z.string(),
  stage: z.enum(STAGES),
  version: z.number().int(),
  overrides: z.array(z.enum(["EXPANSION", "ONE_LANE"])),
});
