import "server-only";
import type { TCreateLane } from "@/lib/schemas/lane";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { AppError } from "@/lib/server/errors";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { getTeamOrThrow } from "@/lib/server/teams/get-team-or-throw";
import { writeTargetVersion } from "@/lib/server/targets/write-target-version";

/** Creates a lane at PROPOSED, with its version 1 KPI targets when the form sent them. */
export async function createLane({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: TCreateLane;
  now?: Date;
}) {
  return runMutation(
    { db, actor, now },
    {
      permission: "lane.create",
      laneId: null,
      action: "lane.create",
      summary: `Lane ${input.name} proposed`,
      run: async (tx) => {
        const taken = await tx.lane.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (taken) {
          throw new AppError("SLUG_TAKEN", `A lane with the slug "${input.slug}" already exists.`, {
            fix: "Pick another slug; it becomes the lane's address and cannot be shared.",
            params: [{ pointer: "/slug", message: "This slug is taken by another lane" }],
          });
        }
        const { targets, team, ...fields } = input;
        const owner = await getTeamOrThrow({ tx, slug: team });
        const row = await tx.lane.create({ data: { ...fields, teamId: owner.id, stage: "PROPOSED", createdAt: now } });
        const lane = { ...row, team: owner.slug, owningTeam: owner.name };
        const version = targets
          ? await writeTargetVersion({
              tx,
              laneId: lane.id,
              version: 1,
              targets,
              status: "APPROVED",
              reason: "Defined with the lane, before any deployment",
              actor,
              now,
              effectiveFrom: now,
            })
          : null;
        return {
          result: lane,
          entityType: "Lane",
          entityId: lane.id,
          laneId: lane.id,
          after: { ...lane, targets: version ? targets : null },
        };
      },
    },
  );
}
