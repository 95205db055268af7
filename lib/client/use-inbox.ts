"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { inboxKeys } from "@/lib/client/keys";

/** The signed-in person's inbox, and with it the lanes they follow (the follow button reads it). */
export function useInbox() {
  return useQuery({
    queryKey: inboxKeys.all,
    queryFn: () => apiFetch("/api/v1/inbox", { schema: () => import("@/lib/schemas/inbox").then((m) => m.ZInbox) }),
  });
}
