import { z } from "zod";
import { ZSlug } from "@/lib/schemas/params";
import { ZExpectedVersion, ZId, ZInstant, ZReason } from "@/lib/schemas/instant";
import { ZDecimal, ZIsoTime } from "@/lib/schemas/json";

export const MEASUREMENT_SOURCES = ["PRODUCTION", "SHADOW", "SYNTHETIC"] as const;

/** One KPI value of a release. kpiKey must name a target of the version the release is judged by. */
export const ZRecordMeasurement = z.object({
  kpiKey: z.string().trim().min(1, "Choose the KPI this value measures").max(64, "A KPI key has at most 64 characters"),
  value: z
    .number({ error: "Give the measured value as a number" })
    .finite("Give a finite number")
    .min(-1e13, "The value is too small")
    .max(1e13, "The value is too large"),
  source: z.enum(MEASUREMENT_SOURCES, { error: "Choose production, shadow or synthetic" }),
  takenAt: ZInstant,
  note: z.string().trim().max(2000, "A note has at most 2,000 characters").optional(),
});
export type TRecordMeasurement = z.infer<typeof ZRecordMeasurement>;

export const ZInvalidateMeasurement = z.object({
  reason: ZReason,
  /** The measurement's version when the form was opened; a pipeline may leave it out. */
  version: ZExpectedVersion.optional(),
});
export type TInvalidateMeasurement = z.infer<typeof ZInvalidateMeasurement>;

export const ZMeasurementParams = z.object({ slug: ZSlug, id: ZId });

/** A measurement as the API returns it. */
export const ZMeasurementRecord = z.object({
  id: z.string(),
  releaseId: z.string(),
  kpiKey: z.string(),
  value: ZDecimal,
  source: z.enum(MEASUREMENT_SOURCES),
  takenAt: ZIsoTime,
  note: z.string().nullable(),
  invalidatedAt: ZIsoTime.nullable(),
  invalidationReason: z.string().nullable(),
  createdAt: ZIsoTime,
});

export const ZRecordedMeasurement = ZMeasurementRecord.extend({
  haltedRollout: z.boolean().meta({
    description: "The value breached a stop condition in an open window: the window closed and the lane is STOP",
  }),
});

export const ZInvalidatedMeasurement = ZMeasurementRecord.extend({
  flaggedDecisions: z
    .number()
    .int()
    .meta({ description: "Expansion decisions that rested on it, now marked for review" }),
});
