import { z } from "zod";
import { ZIsoTime } from "@/lib/schemas/json";
import { ZVerdict } from "@/lib/schemas/readiness";

/** Whether the caller follows the lane, after a follow or unfollow. */
export const ZFollowState = z.object({ lane: z.string(), following: z.boolean() });

/** The caller's inbox: readiness changes of the lanes they follow, newest first. */
export const ZInbox = z.object({
  seenAt: ZIsoTime.nullable(),
  unseen: z.number().int(),
  following: z.array(z.object({ slug: z.string(), name: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      at: ZIsoTime,
      lane: z.object({ slug: z.string(), name: z.string() }),
      headline: z.string(),
      verdict: ZVerdict,
      verdictChanged: z.boolean(),
      cause: z.string(),
      unseen: z.boolean(),
    }),
  ),
});
export type TInbox = z.infer<typeof ZInbox>;

/** Marking the inbox seen: everything up to now (or up to `until`, the newest item the page showed). */
export const ZMarkInboxSeen = z.object({ until: ZIsoTime.optional() });
export const ZInboxSeen = z.object({ seenAt: ZIsoTime });
