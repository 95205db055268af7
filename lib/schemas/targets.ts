import { z } from "zod";
import { checkKpiTarget, KPI_UNIT_CODES } from "@/lib/domain/kpi/unit-catalogue";
import { INT32_MAX, ZExpectedVersion } from "@/lib/schemas/instant";
import { ZDecimal, ZIsoTime } from "@/lib/schemas/json";
import { ZSlug } from "@/lib/schemas/params";

const num = (what: string) => z.number({ error: `Enter ${what} as a number` }).finite(`Enter ${what} as a number`);

/** One KPI target with its optional stop condition; RELATIVE values are fractions (0.2 = 20%). */
export const ZKpiTargetInput = z
  .object({
    kpiKey: z
      .string()
      .trim()
      .min(1, "Give the KPI a key")
      .max(64)
      .regex(/^[a-z][a-z0-9_]*$/, "A KPI key is lowercase letters, digits and underscores"),
    label: z.string().trim().min(1, "Give the KPI a label").max(120),
    unit: z.enum(KPI_UNIT_CODES, { error: `Pick a unit: ${KPI_UNIT_CODES.join(", ")}` }),
    direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"], { error: "Pick lower or higher is better" }),
    baseline: num("the baseline").min(0, "A baseline cannot be negative"),
    targetKind: z.enum(["ABSOLUTE", "RELATIVE"], { error: "Pick absolute or relative" }),
    targetValue: num("the target").min(0, "A target cannot be negative"),
    stop: z
      .object({
        kind: z.enum(["ABSOLUTE", "RELATIVE"]),
        value: num("the stop threshold").min(0, "A stop threshold cannot be negative"),
      })
      .nullable(),
    requiredConfidence: z
      .number()
      .gt(0.5, "A required confidence is a level such as 0.95 (95%)")
      .lt(1, "A required confidence is below 1 (100% is never reached)")
      .nullable()
      .optional()
      .meta({
        description:
          '"With 95% confidence": 0.95 judges the target and stop on the measurement\'s confidence interval (docs/latency-verdicts.md).',
      }),
  })
  .refine((t) => t.targetKind !== "RELATIVE" || t.targetValue <= 1, {
    message: "A relative target is a fraction of the baseline: at most 1 (100%)",
    path: ["targetValue"],
  })
  // Baseline, absolute target and stop must be valid amounts of the unit (lib/domain/kpi).
  .superRefine((t, ctx) => {
    for (const [field, message] of checkKpiTarget(t)) ctx.addIssue({ code: "custom", message, path: field.split("/") });
  });
export type TKpiTargetInput = z.infer<typeof ZKpiTargetInput>;

export const ZTargetList = z
  .array(ZKpiTargetInput)
  .min(1, "Define at least one KPI target")
  .max(20, "At most 20 KPI targets")
  .refine((list) => new Set(list.map((t) => t.kpiKey)).size === list.length, {
    message: "Each KPI key may appear once",
  })
  .refine((list) => list.some((t) => t.stop !== null), {
    message: "Give at least one KPI a stop condition: the gate needs one to halt a bad rollout",
  });

/** Version 1 before the first deployment, or a proposed new version (then a reason is required). */
export const ZDefineTargets = z.object({
  targets: ZTargetList,
  reason: z.string().trim().max(2000, "A reason has at most 2,000 characters").optional(),
});
export type TDefineTargets = z.infer<typeof ZDefineTargets>;

/** The target version's revision when the form was opened (its `version` is the version number). */
const ZRevision = ZExpectedVersion.optional().meta({
  description: "The target version's revision you read (optimistic concurrency); a stale one gets 409 STALE_VERSION.",
});

/** Editing a target version in place (version 1 before deployment, or a pending proposal). */
export const ZEditTargets = ZDefineTargets.extend({ revision: ZRevision });
export type TEditTargets = z.infer<typeof ZEditTargets>;

export const ZTargetVersionParams = z.object({
  slug: ZSlug,
  version: z.coerce
    .number({ error: "A target version is a number" })
    .int("A target version is a whole number")
    .min(1, "A target version is 1 or more")
    .max(INT32_MAX, `A target version is at most ${INT32_MAX}`),
});

export const ZReviewTargets = z.object({
  reason: z
    .string()
    .trim()
    .min(5, "Say why, in at least 5 characters")
    .max(2000, "A reason has at most 2,000 characters"),
  revision: ZRevision,
});
export type TReviewTargets = z.infer<typeof ZReviewTargets>;

/** A KPI target version as the API returns it (targets are exact decimals). */
export const ZTargetVersionRecord = z.object({
  id: z.string(),
  laneId: z.string(),
  version: z.number().int(),
  /** Bumped by every change of this version (send it back as `revision` to edit or review it). */
  revision: z.number().int(),
  status: z.enum(["APPROVED", "PENDING_APPROVAL", "REJECTED"]),
  reason: z.string().nullable(),
  effectiveFrom: ZIsoTime.nullable(),
  frozenAt: ZIsoTime.nullable(),
  targets: z
    .array(
      z.object({
        kpiKey: z.string(),
        label: z.string(),
        unit: z.string(),
        direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"]),
        baseline: ZDecimal,
        targetKind: z.enum(["ABSOLUTE", "RELATIVE"]),
        targetValue: ZDecimal,
        stopKind: z.enum(["ABSOLUTE", "RELATIVE"]).nullable(),
        stopValue: ZDecimal.nullable(),
      }),
    )
    .optional(),
});
