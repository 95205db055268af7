import { z } from "zod";
import { ZSlug } from "@/lib/schemas/params";
import { ZExpectedVersion, ZInstant, ZReason } from "@/lib/schemas/instant";
import { ZIsoTime } from "@/lib/schemas/json";

export const ZVersionLabel = z
  .string()
  .trim()
  .min(1, "Give the release a version label, e.g. 2026.11.2")
  .max(64, "A version label has at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, "Use letters, digits, dots, dashes, underscores or plus signs");

// Labels contain no "%", so decoding is a no-op on an already-decoded segment.
const decodeSegment = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
export const ZReleaseParams = z.object({ slug: ZSlug, label: z.string().transform(decodeSegment).pipe(ZVersionLabel) });

const ZEngineVersion = z
  .string()
  .trim()
  .min(1, "Name the DataFusion version, e.g. DataFusion 53.1.0")
  .max(100, "An engine version has at most 100 characters");
const ZNotes = z.string().trim().max(2000, "Notes have at most 2,000 characters");

/** Planning a release (not deployed yet: deployment freezes the KPI targets). */
export const ZCreateRelease = z.object({
  versionLabel: ZVersionLabel,
  engineVersion: ZEngineVersion,
  notes: ZNotes.optional(),
});
export type TCreateRelease = z.infer<typeof ZCreateRelease>;

/** Editing a planned or deployed release's description; `version` is required (a person edits). */
export const ZEditRelease = z.object({
  version: ZExpectedVersion,
  engineVersion: ZEngineVersion,
  notes: ZNotes.optional(),
});
export type TEditRelease = z.infer<typeof ZEditRelease>;

/** Longest observation window: 90 days, in hours. */
export const MAX_WINDOW_HOURS = 90 * 24;

/** Deploying starts the observation window: it ends `observationWindowHours` after deployedAt. */
export const ZDeployRelease = z.object({
  version: ZExpectedVersion.optional(),
  observationWindowHours: z
    .number({ error: "Give the observation window in hours, e.g. 168 for 7 days" })
    .int("The observation window is a whole number of hours")
    .min(1, "The observation window is at least 1 hour")
    .max(MAX_WINDOW_HOURS, `The observation window is at most ${MAX_WINDOW_HOURS} hours (90 days)`),
  /** Defaults to now; a pipeline reporting a past deployment sends its time. */
  deployedAt: ZInstant.optional(),
});
export type TDeployRelease = z.infer<typeof ZDeployRelease>;

export const ZCloseRelease = z.object({ version: ZExpectedVersion.optional() });
export type TCloseRelease = z.infer<typeof ZCloseRelease>;

export const ZRollbackRelease = z.object({ version: ZExpectedVersion.optional(), reason: ZReason });
export type TRollbackRelease = z.infer<typeof ZRollbackRelease>;

/** A release as the API returns it. */
export const ZReleaseRecord = z.object({
  id: z.string(),
  laneId: z.string(),
  versionLabel: z.string(),
  engineVersion: z.string(),
  notes: z.string().nullable(),
  createdAt: ZIsoTime,
  deployedAt: ZIsoTime.nullable(),
  observationEndsAt: ZIsoTime.nullable(),
  rolledBackAt: ZIsoTime.nullable(),
  rollbackReason: z.string().nullable(),
  version: z.number().int(),
});
