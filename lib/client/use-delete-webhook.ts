"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { webhookKeys } from "@/lib/client/keys";

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    // The version shown: a webhook someone edited since is not deleted (409 STALE_VERSION).
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiFetch<Record<string, never>>(`/api/v1/webhooks/${encodeURIComponent(id)}?version=${version}`, {
        method: "DELETE",
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
