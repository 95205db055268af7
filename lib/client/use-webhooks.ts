"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { webhookKeys } from "@/lib/client/keys";
import type { WebhookListView } from "@/lib/client/webhook-types";

/** Webhooks, lanes to pick from and recent deliveries; polled so delivery status moves on its own. */
export function useWebhooks(initialData: WebhookListView) {
  return useQuery({
    queryKey: webhookKeys.list(),
    queryFn: () => apiFetch<WebhookListView>("/api/v1/webhooks"),
    initialData,
    refetchInterval: 10_000,
  });
}
