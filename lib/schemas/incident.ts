import { z } from "zod";
import { ZSlug } from "@/lib/schemas/params";
import { ZExpectedVersion, ZId, ZInstant } from "@/lib/schemas/instant";

import { ZIsoTime } from "@/lib/schemas/json";
import { SEVERITIES } from "@/lib/domain/readiness/constants";

const notBefore = (later: string | undefined, earlier: string) =>
  later === undefined || Date.parse(later) >= Date.parse(earlier);

/** An incident linked to a release; P1/P2 are priority incidents and make the release unstable. */
export const ZRecordIncident = z
  .object({
    ref: z
      .string()
      .trim()
      .min(1, "Give the incident's reference, e.g. INC-2211")
      .max(64, "A reference has at most 64 characters"),
    severity: z.enum(SEVERITIES, { error: "Choose a severity from P1 to P4" }),
    title: z
      .string()
      .trim()
      .min(3, "Describe the incident in at least 3 characters")
      .max(300, "A title has at most 300 characters"),
    openedAt: ZInstant,
    resolvedAt: ZInstant.optional(),
  })
  .refine((v) => notBefore(v.resolvedAt, v.openedAt), {
    path: ["resolvedAt"],
    error: "The incident cannot be resolved before it was opened",
  });
export type TRecordIncident = z.infer<typeof ZRecordIncident>;

export const ZResolveIncident = z.object({
  resolvedAt: ZInstant,
  /** The incident's version when the form was opened; a pipeline may leave it out. */
  version: ZExpectedVersion.optional(),
});
export type TResolveIncident = z.infer<typeof ZResolveIncident>;

export const ZIncidentParams = z.object({ slug: ZSlug, id: ZId });

/** An incident as the API returns it. */
export const ZIncidentRecord = z.object({
  id: z.string(),
  laneId: z.string(),
  releaseId: z.string().nullable(),
  ref: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  openedAt: ZIsoTime,
  resolvedAt: ZIsoTime.nullable(),
  createdAt: ZIsoTime,
});
