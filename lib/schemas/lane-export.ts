import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZReadinessHistoryEntry } from "@/lib/schemas/readiness";

/** A lane's full history (GET /api/v1/lanes/{slug}/export.json); export.csv has the same rows. */
export const ZLaneExport = z.object({
  lane: z.object({
    slug: z.string(),
    name: z.string(),
    stage: z.string(),
    owningTeam: z.string(),
    verdict: z.string(),
    streak: z.number().int(),
    exportedAt: ZIsoTime,
  }),
  releases: z.array(
    z.object({
      versionLabel: z.string(),
      engineVersion: z.string(),
      status: z.string(),
      deployedAt: ZIsoTime.nullable(),
      observationEndsAt: ZIsoTime.nullable(),
      rolledBackAt: ZIsoTime.nullable(),
      rollbackReason: z.string().nullable(),
    }),
  ),
  measurements: z.array(
    z.object({
      release: z.string(),
      kpiKey: z.string(),
      value: z.number(),
      unit: z.string().nullable(),
      source: z.string(),
      takenAt: ZIsoTime,
      counted: z.boolean(),
      excludedBecause: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  incidents: z.array(
    z.object({
      release: z.string().nullable(),
      ref: z.string(),
      severity: z.string(),
      title: z.string(),
      openedAt: ZIsoTime,
      resolvedAt: ZIsoTime.nullable(),
    }),
  ),
  regressions: z.array(
    z.object({
      release: z.string(),
      summary: z.string(),
      detectedAt: ZIsoTime,
      recoveredAt: ZIsoTime.nullable(),
      recoveryMinutes: z.number().nullable(),
      recoveredByRollback: z.boolean(),
      attributedTo: z.string().nullable(),
    }),
  ),
  decisions: z.array(
    z.object({
      outcome: z.string(),
      reason: z.string(),
      decidedBy: z.string().nullable(),
      decidedAt: ZIsoTime,
      needsReview: z.boolean(),
    }),
  ),
  readinessHistory: z.array(ZReadinessHistoryEntry),
});
