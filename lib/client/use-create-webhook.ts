"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { webhookKeys } from "@/lib/client/keys";
import type { WebhookView } from "@/lib/client/webhook-types";
import type { TCreateWebhook } from "@/lib/schemas/webhook";

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateWebhook) =>
      apiFetch<WebhookView & { secret: string }>("/api/v1/webhooks", {
        method: "POST",
        body: input,
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
