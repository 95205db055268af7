import "server-only";
import type { TUpdateLane } from "@/lib/schemas/lane";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { notFound } from "@/lib/server/errors";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { laneSnapshot } from "@/lib/server/lanes/apply-stage-change";
import { runMutation } from "@/lib/server/mutations/run-mutation";
import { staleError } from "@/lib/server/mutations/stale-error";
import { getTeamOrThrow } from "@/lib/server/teams/get-team-or-throw";

const TEAM = { team: { select: { slug: true, name: true } } } as const;

/** Edits a lane's description and policy numbers; a save based on an older version is refused. */
export async function updateLane({
  db,
  actor,
  slug,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  input: TUpdateLane;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "lane.update",
      laneId: lane.id,
      action: "lane.update",
      summary: `Lane ${input.name} edited`,
      run: async (tx) => {
        const { version, team, ...fields } = input;
        const teamId = (await getTeamOrThrow({ tx, slug: team })).id;
        const row = await tx.lane.findUnique({ where: { id: lane.id }, include: TEAM });
        if (!row) throw notFound(`Lane "${slug}"`);
        if (row.version !== version)
          throw staleError({ entity: "lane", expectedVersion: version, current: laneSnapshot(row) });
        // The version predicate makes the write itself the check: of two saves of one version, one wins.
        const updated = await tx.lane.updateMany({
          where: { id: lane.id, version },
          data: { ...fields, teamId, version: { increment: 1 } },
        });
        const current = await tx.lane.findUniqueOrThrow({ where: { id: lane.id }, include: TEAM });
        if (updated.count === 0)
          throw staleError({ entity: "lane", expectedVersion: version, current: laneSnapshot(current) });
        return {
          result: laneSnapshot(current),
          entityType: "Lane",
          entityId: lane.id,
          before: laneSnapshot(row),
          after: laneSnapshot(current),
        };
      },
    },
  );
}
