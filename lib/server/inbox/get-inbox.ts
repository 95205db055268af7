import "server-only";
import { buildInbox } from "@/lib/domain/inbox/build-inbox";
import type { TInbox } from "@/lib/schemas/inbox";
import type { Db } from "@/lib/server/db-types";
import { loadReadinessHistory } from "@/lib/server/lanes/get-lane-history";

const PAGE = 100;

/** The person's inbox: readiness changes of the lanes they follow, newest first, unseen marked. */
export async function getInbox({ db, userId }: { db: Db; userId: string }): Promise<TInbox> {
  const [user, follows] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { inboxSeenAt: true } }),
    db.laneFollow.findMany({
      where: { userId },
      select: { createdAt: true, lane: { select: { id: true, slug: true, name: true } } },
      orderBy: { lane: { name: "asc" } },
    }),
  ]);
  const history = follows.length ? await loadReadinessHistory({ db, laneIds: follows.map((f) => f.lane.id) }) : [];
  const seenAt = user?.inboxSeenAt ?? null;
  const inbox = buildInbox({
    follows: follows.map((f) => ({ laneId: f.lane.id, slug: f.lane.slug, name: f.lane.name, followedAt: f.createdAt })),
    history,
    seenAt,
    limit: PAGE,
  });
  return {
    seenAt: seenAt?.toISOString() ?? null,
    unseen: inbox.unseen,
    following: follows.map((f) => ({ slug: f.lane.slug, name: f.lane.name })),
    items: inbox.items.map((i) => ({
      id: i.id,
      at: i.at.toISOString(),
      lane: i.lane,
      headline: i.headline,
      verdict: i.verdict,
      verdictChanged: i.verdictChanged,
      cause: i.cause,
      unseen: i.unseen,
    })),
  };
}
