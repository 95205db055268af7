"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { webhookKeys } from "@/lib/client/keys";
import type { WebhookView } from "@/lib/client/webhook-types";
import type { TUpdateWebhook } from "@/lib/schemas/webhook";

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TUpdateWebhook }) =>
      apiFetch<WebhookView>(`/api/v1/webhooks/${id}`, { method: "PATCH", body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
