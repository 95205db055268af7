import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZSlug } from "@/lib/schemas/params";
import { ZStage, ZVerdict } from "@/lib/schemas/readiness";

/** Creating a team (platform lead): its slug is its address, its name what lanes show. */
export const ZCreateTeam = z.object({
  slug: ZSlug,
  name: z.string().trim().min(1, "Give the team a name").max(120, "A team name has at most 120 characters"),
});
export type TCreateTeam = z.infer<typeof ZCreateTeam>;

export const ZTeam = z.object({ slug: z.string(), name: z.string(), laneCount: z.number().int() });
export const ZTeamList = z.object({ teams: z.array(ZTeam) });
export const ZCreatedTeam = ZTeam.extend({ createdAt: ZIsoTime });

const ZChangeFailure = z.object({
  unstable: z.number().int(),
  closed: z.number().int(),
  rate: z.number().nullable().meta({ description: "unstable ÷ closed releases, 0..1; null while none closed" }),
});
const ZRecovery = z.object({
  meanSeconds: z.number().nullable().meta({ description: "mean incident time to resolve, seconds" }),
  resolved: z.number().int(),
  open: z.number().int(),
});
const ZBySeverity = z.object({
  P1: z.number().int(),
  P2: z.number().int(),
  P3: z.number().int(),
  P4: z.number().int(),
});
const ZImprovement = z.object({ fraction: z.number().nullable(), text: z.string() });

/** A team's roll-up: its lanes' verdicts and streaks, and the Four Keys in the gate's terms. */
export const ZTeamRollup = z.object({
  team: z.object({ slug: z.string(), name: z.string() }),
  generatedAt: ZIsoTime,
  verdicts: z.object({ READY: z.number().int(), HOLD: z.number().int(), STOP: z.number().int() }),
  meanTimeToReadySeconds: z.number().nullable(),
  lanesReady: z.number().int(),
  changeFailure: ZChangeFailure,
  recovery: ZRecovery,
  incidentsBySeverity: ZBySeverity,
  lanes: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      stage: ZStage,
      verdict: ZVerdict,
      streak: z.number().int(),
      requiredStreak: z.number().int(),
      firstDeployAt: ZIsoTime.nullable(),
      readyAt: ZIsoTime.nullable(),
      timeToReadySeconds: z.number().nullable(),
      changeFailure: ZChangeFailure,
      recovery: ZRecovery,
      incidentsBySeverity: ZBySeverity,
      mainKpi: z
        .object({ label: z.string(), value: z.number().nullable(), unit: z.string(), improvement: ZImprovement })
        .nullable(),
    }),
  ),
});
export type TTeamRollup = z.infer<typeof ZTeamRollup>;
