import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db-types";
import { runMutation } from "@/lib/server/mutations/run-mutation";

/**
 * Marks the person's inbox seen up to `until` (the newest change their page showed) or now: a
 * change that arrives while they read stays unseen. Never moves the mark into the future.
 */
export async function markInboxSeen({
  db,
  actor,
  until,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  until?: string;
  now?: Date;
}) {
  const seenAt = until && new Date(until).getTime() < now.getTime() ? new Date(until) : now;
  return runMutation(
    { db, actor, now },
    {
      permission: "follow",
      laneId: null,
      action: "inbox.mark_seen",
      summary: "Inbox marked seen",
      run: async (tx) => {
        const userId = actor.type === "USER" ? actor.userId : "";
        const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { inboxSeenAt: true } });
        await tx.user.update({ where: { id: userId }, data: { inboxSeenAt: seenAt } });
        return {
          result: { seenAt: seenAt.toISOString() },
          entityType: "User",
          entityId: userId,
          before: { inboxSeenAt: before.inboxSeenAt },
          after: { inboxSeenAt: seenAt },
        };
      },
    },
  );
}
