import "server-only";
import type { TChangeStage } from "@/lib/schemas/stage";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { applyStageChange } from "@/lib/server/lanes/apply-stage-change";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

/** Moves a lane's stage (including pause, resume and retire) through the transition table and gates. */
export async function changeLaneStage({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TChangeStage;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "lane.update",
      laneId: lane.id,
      action: input.override ? "stage.override" : "stage.change",
      summary: `${lane.name} moved to ${label(input.toStage)}`,
      run: async (tx) => {
        const change = await applyStageChange({
          tx,
          actor,
          now,
          request: {
            laneId: lane.id,
            toStage: input.toStage,
            reason: input.reason || null,
            override: input.override ?? false,
            version: input.version ?? null,
          },
        });
        return {
          result: { slug: lane.slug, stage: input.toStage, version: change.after.version, overrides: change.overrides },
          entityType: "Lane",
          entityId: lane.id,
          before: change.before,
          after: change.after,
        };
      },
    },
  );
}
