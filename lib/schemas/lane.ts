import { z } from "zod";
import { ZExpectedVersion } from "@/lib/schemas/instant";
import { STAGES } from "@/lib/domain/readiness/types";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZSlug } from "@/lib/schemas/params";
import { ZTargetList } from "@/lib/schemas/targets";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Give the lane ${label}`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} has at most ${max} characters`);

/** The editable fields of a lane; the policy numbers default to DESIGN's (DEFAULT_POLICY). */
export const ZLaneFields = z.object({
  name: text("a name", 120),
  workload: text("a workload description", 2000),
  /** The owning team's slug (GET /api/v1/teams lists them). */
  team: z.string().trim().min(1, "Pick the team that owns the lane").max(64, "A team slug has at most 64 characters"),
  engineVersion: text("an engine version, e.g. DataFusion 53.1.0", 100),
  requiredStableReleases: z
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(1, "At least 1 stable release")
    .max(20, "At most 20 stable releases"),
  recoveryLimitSeconds: z
    .number({ error: "Enter a number of seconds" })
    .int("Enter whole seconds")
    .min(1, "At least 1 second")
    .max(86_400, "At most one day (86,400 s)"),
  drillMaxAgeDays: z
    .number({ error: "Enter a number of days" })
    .int("Enter whole days")
    .min(1, "At least 1 day")
    .max(3650, "At most 3,650 days"),
});

/** Creating a lane, optionally with its version 1 KPI targets (the form prefills DESIGN's defaults). */
export const ZCreateLane = ZLaneFields.extend({
  slug: ZSlug,
  targets: ZTargetList.optional(),
});
export type TCreateLane = z.infer<typeof ZCreateLane>;

/** Editing a lane: `version` is the one the form was opened on (optimistic concurrency). */
export const ZUpdateLane = ZLaneFields.extend({ version: ZExpectedVersion });
export type TUpdateLane = z.infer<typeof ZUpdateLane>;

/** A lane's own fields as the API returns them; `version` is what the next edit sends. */
export const ZLaneRecord = z.object({
  slug: z.string().optional(),
  name: z.string(),
  workload: z.string(),
  team: z.string(),
  owningTeam: z.string().meta({ description: "The owning team's name" }),
  engineVersion: z.string(),
  stage: z.enum(STAGES),
  requiredStableReleases: z.number().int(),
  recoveryLimitSeconds: z.number().int(),
  drillMaxAgeDays: z.number().int(),
  version: z.number().int(),
});

/** A created lane (its address is `slug`). */
export const ZCreatedLane = ZLaneRecord.extend({ id: z.string(), slug: z.string(), createdAt: ZIsoTime });
