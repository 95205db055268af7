import "server-only";
import type { Db } from "@/lib/server/db-types";

/**
 * How many readiness changes of followed lanes came after the person last marked the inbox seen
 * (and after they followed the lane): the nav's badge, one count query.
 */
export async function countUnseen({ db, userId }: { db: Db; userId: string }): Promise<number> {
  const [user, follows] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { inboxSeenAt: true } }),
    db.laneFollow.findMany({ where: { userId }, select: { laneId: true, createdAt: true } }),
  ]);
  if (follows.length === 0) return 0;
  const seen = user?.inboxSeenAt?.getTime() ?? -Infinity;
  return db.readinessChange.count({
    where: {
      OR: follows.map((f) => ({ laneId: f.laneId, at: { gt: new Date(Math.max(seen, f.createdAt.getTime())) } })),
    },
  });
}
