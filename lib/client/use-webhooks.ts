"use client";

import { useQuery } from "@tanstack/react-query";
import { type TWebhookList, ZWebhookList } from "@/lib/schemas/webhook";
import { apiFetch } from "@/lib/client/api";
import { webhookKeys } from "@/lib/client/keys";

/** Webhooks, lanes to pick from and recent deliveries; polled so delivery status moves on its own. */
export function useWebhooks(initialData: TWebhookList) {
  return useQuery({
    queryKey: webhookKeys.list(),
    queryFn: () => apiFetch("/api/v1/webhooks", { schema: ZWebhookList }),
    initialData,
    refetchInterval: 10_000,
  });
}
