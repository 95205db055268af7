"use client";

import { useApiWrite } from "@/lib/client/use-api-write";
import { useInbox } from "@/lib/client/use-inbox";
import { FollowToggle } from "@/components/lanes/follow-toggle";

// The answer's schema loads with the first click, not with the lane page.
const followState = () => import("@/lib/schemas/inbox").then((m) => m.ZFollowState);

/**
 * Follow or unfollow the lane (anyone signed in): its readiness changes then land in the
 * person's inbox. Whether they follow it comes from their inbox, so the page needs no extra prop.
 */
export function FollowButton({ slug }: { slug: string }) {
  const inbox = useInbox();
  const follow = useApiWrite({ method: "PUT", response: followState });
  const unfollow = useApiWrite({ method: "DELETE", response: followState });
  const following = inbox.data?.following.some((l) => l.slug === slug) ?? false;
  const pending = inbox.isPending || follow.isPending || unfollow.isPending;
  const error = follow.error ?? unfollow.error;
  return (
    <span className="inline-flex items-center gap-2">
      <FollowToggle
        following={following}
        pending={pending}
        onToggle={() => (following ? unfollow : follow).write(`/api/v1/lanes/${slug}/follow`, {})}
      />
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error.message}
        </span>
      ) : null}
    </span>
  );
}
