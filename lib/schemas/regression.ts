import { z } from "zod";
import { ZSlug } from "@/lib/schemas/params";
import { ZExpectedVersion, ZId, ZInstant } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";

export const OWNER_ROLES = ["PLANNER", "EXECUTOR"] as const;

/** An execution regression; its recovery time (recoveredAt - detectedAt) is judged against the lane's limit. */
export const ZRecordRegression = z
  .object({
    summary: z
      .string()
      .trim()
      .min(3, "Summarise the regression in at least 3 characters")
      .max(300, "A summary has at most 300 characters"),
    detectedAt: ZInstant,
    recoveredAt: ZInstant.optional(),
    recoveredByRollback: z.boolean({ error: "Say whether the recovery was a rollback" }).default(false),
    attributedTo: z.enum(OWNER_ROLES, { error: "Attribute it to the planner or the executor" }).optional(),
    planChange: z.string().trim().max(1000, "A plan change has at most 1,000 characters").optional(),
  })
  .refine((v) => v.recoveredAt === undefined || Date.parse(v.recoveredAt) >= Date.parse(v.detectedAt), {
    path: ["recoveredAt"],
    error: "Recovery cannot come before detection",
  });
export type TRecordRegression = z.infer<typeof ZRecordRegression>;

export const ZRecordRecovery = z.object({
  recoveredAt: ZInstant,
  recoveredByRollback: z.boolean({ error: "Say whether the recovery was a rollback" }).default(false),
  /** The regression's version when the form was opened; a pipeline may leave it out. */
  version: ZExpectedVersion.optional(),
});
export type TRecordRecovery = z.infer<typeof ZRecordRecovery>;

export const ZRegressionParams = z.object({ slug: ZSlug, id: ZId });

/** A regression as the API returns it. */
export const ZRegressionRecord = z.object({
  id: z.string(),
  releaseId: z.string(),
  summary: z.string(),
  detectedAt: ZIsoTime,
  recoveredAt: ZIsoTime.nullable(),
  recoveredByRollback: z.boolean(),
  attributedTo: z.enum(OWNER_ROLES).nullable(),
  planChange: z.string().nullable(),
  createdAt: ZIsoTime,
});
