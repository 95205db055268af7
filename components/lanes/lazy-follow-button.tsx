"use client";

import { lazyClient } from "@/components/ui/lazy-client";
import { FollowToggle } from "@/components/lanes/follow-toggle";

/**
 * The follow button, loaded right after the lane page (with React Query's useQuery and
 * useMutation, which nothing else in the page's first load needs). It cannot be used before the
 * browser has asked for the person's inbox anyway: until then it shows, disabled, as it did while
 * that request was on its way.
 */
export const LazyFollowButton = lazyClient(
  () => import("@/components/lanes/follow-button").then((m) => m.FollowButton),
  <span className="inline-flex items-center gap-2">
    <FollowToggle following={false} pending />
  </span>,
);
