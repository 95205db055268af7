import { describeReadinessHistory, type ReadinessChangeDescription } from "../trends/describe-readiness-change";
import type { ReadinessChangeEntry } from "../trends/history-types";

export interface FollowedLane {
  laneId: string;
  slug: string;
  name: string;
  followedAt: Date;
}

export interface InboxItem extends ReadinessChangeDescription {
  lane: { slug: string; name: string };
  /** Changed after the person last marked the inbox seen, and after they followed the lane. */
  unseen: boolean;
}

/**
 * A person's inbox: the readiness changes of the lanes they follow, each described against the
 * lane's previous row (so it says what changed and why), newest first. A change is unseen when it
 * came after both the last "mark all seen" and the moment they followed the lane: what happened
 * before they followed is context, not news.
 */
export function buildInbox({
  follows,
  history,
  seenAt,
  limit,
}: {
  follows: readonly FollowedLane[];
  history: readonly ReadinessChangeEntry[];
  seenAt: Date | null;
  limit: number;
}): { items: InboxItem[]; unseen: number } {
  const items = follows.flatMap((f) => {
    const since = Math.max(f.followedAt.getTime(), seenAt?.getTime() ?? -Infinity);
    return describeReadinessHistory({ history: history.filter((h) => h.laneId === f.laneId) }).map((d) => ({
      ...d,
      lane: { slug: f.slug, name: f.name },
      unseen: d.at.getTime() > since,
    }));
  });
  items.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
  return { items: items.slice(0, limit), unseen: items.filter((i) => i.unseen).length };
}
