import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { getLaneIdOrThrow } from "@/lib/server/lanes/get-lane-id-or-throw";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/**
 * Follows or unfollows a lane for the signed-in person (any role): its readiness changes then land
 * in their inbox. Idempotent: following twice changes nothing and writes no second audit event.
 */
export async function setLaneFollow({
  db,
  actor,
  slug,
  follow,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  slug: string;
  follow: boolean;
  now?: Date;
}) {
  const lane = await getLaneIdOrThrow({ db, slug });
  return runMutation(
    { db, actor, now },
    {
      permission: "follow",
      // Following is the person's own affair: it is audited but is no event of the lane's readiness.
      laneId: null,
      action: follow ? "lane.follow" : "lane.unfollow",
      summary: `${follow ? "Followed" : "Unfollowed"} ${lane.name}`,
      run: async (tx) => {
        // "follow" is granted to signed-in people only (authorize), so the actor is a person here.
        const userId = actor.type === "USER" ? actor.userId : "";
        const key = { userId_laneId: { userId, laneId: lane.id } };
        const existing = await tx.laneFollow.findUnique({ where: key, select: { createdAt: true } });
        const result = { lane: lane.slug, following: follow };
        const outcome = { result, entityType: "Lane", entityId: lane.id };
        if (!!existing === follow) return { ...outcome, unchanged: true };
        if (follow) await tx.laneFollow.create({ data: { userId, laneId: lane.id, createdAt: now } });
        else await tx.laneFollow.delete({ where: key });
        return { ...outcome, before: { following: !follow }, after: { following: follow } };
      },
    },
  );
}
