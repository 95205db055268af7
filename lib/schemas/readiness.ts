import { z } from "zod";
import { FLAG_CODES, REASON_CODES, STAGES } from "@/lib/domain/readiness/types";
import { ZIsoTime } from "@/lib/schemas/json";

export const ZVerdict = z.enum(["READY", "HOLD", "STOP"]);
export const ZStage = z.enum(STAGES);

export const ZReason = z.object({
  code: z.enum(REASON_CODES),
  kind: z.enum(["release", "gate", "warning"]),
  message: z.string(),
  fix: z.string(),
  releaseId: z.string().optional(),
  kpiKey: z.string().optional(),
});

export const ZFlag = z.object({ code: z.enum(FLAG_CODES), message: z.string() });

/** GET /api/v1/lanes/{slug}/readiness: what a deployment pipeline asks before it promotes a lane. */
export const ZLaneReadiness = z.object({
  lane: z.object({ slug: z.string(), name: z.string(), stage: ZStage }),
  evaluatedAt: ZIsoTime,
  verdict: ZVerdict,
  streak: z.number().int(),
  requiredStreak: z.number().int(),
  reasons: z.array(ZReason),
  warnings: z.array(ZReason),
  flags: z.array(ZFlag),
  releases: z.array(
    z.object({
      id: z.string(),
      versionLabel: z.string(),
      status: z.enum(["PLANNED", "IN_PROGRESS", "STABLE", "UNSTABLE"]),
      targetVersion: z.number().int().nullable(),
      reasons: z.array(z.enum(REASON_CODES)),
    }),
  ),
});

/** One entry of a lane's readiness timeline, newest first. */
export const ZReadinessHistoryEntry = z.object({
  id: z.string(),
  at: ZIsoTime,
  headline: z.string(),
  verdict: ZVerdict,
  verdictChanged: z.boolean(),
  cause: z.string(),
  streak: z.object({ from: z.number().int().nullable(), to: z.number().int() }),
  reasonsAdded: z.array(z.string()),
  reasonsRemoved: z.array(z.string()),
  flagsAdded: z.array(z.string()),
  flagsRemoved: z.array(z.string()),
});

export const ZLaneReadinessWithHistory = ZLaneReadiness.extend({ history: z.array(ZReadinessHistoryEntry).optional() });

export const ZLaneHistory = z.object({ lane: z.string(), history: z.array(ZReadinessHistoryEntry) });

/** One row of the readiness overview. */
export const ZLaneSummary = z.object({
  slug: z.string(),
  name: z.string(),
  owningTeam: z.string(),
  teamSlug: z.string(),
  stage: ZStage,
  plannerOwner: z.string().nullable(),
  executorOwner: z.string().nullable(),
  streak: z.number().int(),
  requiredStreak: z.number().int(),
  verdict: ZVerdict,
  topReason: ZReason.nullable(),
  reasonCount: z.number().int(),
  flags: z.array(ZFlag),
  mainKpi: z
    .object({
      label: z.string(),
      unit: z.string(),
      direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"]),
      target: z.number().nullable(),
      points: z.array(z.object({ release: z.string(), value: z.number() })),
    })
    .nullable()
    .optional(),
});

export const ZOrgRuleState = z.object({
  anyReady: z.boolean(),
  lanesAtCanaryOrBeyond: z.array(z.string()),
  limit: z.literal(1).nullable(),
  violated: z.boolean(),
  overriddenSlugs: z.array(z.string()),
});

/** GET /api/v1/lanes: every lane's readiness, the one-lane rule and lanes by verdict per day. */
export const ZReadinessOverview = z.object({
  lanes: z.array(ZLaneSummary),
  orgRule: ZOrgRuleState,
  verdictsByDay: z.array(
    z.object({ day: z.string(), READY: z.number().int(), HOLD: z.number().int(), STOP: z.number().int() }),
  ),
});
export type TReadinessOverview = z.infer<typeof ZReadinessOverview>;
