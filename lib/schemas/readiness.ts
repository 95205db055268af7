import { z } from "zod";
import { FLAG_CODES, REASON_CODES, STAGES } from "@/lib/domain/readiness/types";
import { SORT_KEYS } from "@/lib/domain/overview/filter-lanes";
import { OVERVIEW_DEFAULTS } from "@/lib/domain/overview/overview-defaults";
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

/** One release in the readiness API: its status and the codes of its failing rules (summarizeReleases). */
export const ZReleaseSummary = z.object({
  id: z.string(),
  versionLabel: z.string(),
  status: z.enum(["PLANNED", "IN_PROGRESS", "STABLE", "UNSTABLE"]),
  targetVersion: z.number().int().nullable(),
  reasons: z.array(z.enum(REASON_CODES)),
});

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
  releases: z.array(ZReleaseSummary),
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

/** The main KPI's counted values per release (a sparkline), as stored and as answered. */
export const ZMainKpi = z.object({
  label: z.string(),
  unit: z.string(),
  direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"]),
  target: z.number().nullable(),
  points: z.array(z.object({ release: z.string(), value: z.number() })),
});

/** A lane whose latest release runs different query plans than the release before. */
export const ZLanePlanChange = z.object({
  slug: z.string(),
  name: z.string(),
  releaseLabel: z.string(),
  queries: z.array(z.object({ queryName: z.string(), summary: z.array(z.string()) })),
});

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
  mainKpi: ZMainKpi.nullable().optional(),
});

export const ZOrgRuleState = z.object({
  anyReady: z.boolean(),
  lanesAtCanaryOrBeyond: z.array(z.string()),
  limit: z.literal(1).nullable(),
  violated: z.boolean(),
  overriddenSlugs: z.array(z.string()),
});

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const text = z.preprocess(blankToUndefined, z.string().trim().max(200).optional());

/** GET /api/v1/lanes and the readiness page's URL: filters, sort and page of the overview. */
export const ZOverviewQuery = z.object({
  verdict: z.preprocess(blankToUndefined, ZVerdict.optional()),
  stage: z.preprocess(blankToUndefined, ZStage.optional()),
  /** Part of the owning team's name. */
  team: text,
  /** Part of the lane's name or slug. */
  q: text,
  sort: z.preprocess(blankToUndefined, z.enum(SORT_KEYS).default(OVERVIEW_DEFAULTS.sort)),
  /** asc: by verdict, STOP first; by stage, rollout order. */
  order: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default(OVERVIEW_DEFAULTS.order)),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(OVERVIEW_DEFAULTS.page)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(OVERVIEW_DEFAULTS.pageSize)),
});
export type TOverviewQuery = z.infer<typeof ZOverviewQuery>;

/**
 * GET /api/v1/lanes: one page of the lanes' stored readiness (filtered and sorted on the server),
 * the counts, the one-lane rule over every lane, lanes by verdict per day and the plan changes.
 */
export const ZReadinessOverview = z.object({
  lanes: z.array(ZLaneSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  /** Lanes per verdict among those matching every filter but the verdict. */
  counts: z.object({ READY: z.number().int(), HOLD: z.number().int(), STOP: z.number().int() }),
  /** Every lane in the organisation. */
  laneCount: z.number().int(),
  orgRule: ZOrgRuleState,
  /** Names of the lanes the one-lane rule names (they may be on another page). */
  orgRuleLanes: z.array(z.object({ slug: z.string(), name: z.string() })),
  planChanges: z.array(ZLanePlanChange),
  verdictsByDay: z.array(
    z.object({ day: z.string(), READY: z.number().int(), HOLD: z.number().int(), STOP: z.number().int() }),
  ),
});
export type TReadinessOverview = z.infer<typeof ZReadinessOverview>;
