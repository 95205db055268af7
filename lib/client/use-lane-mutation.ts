"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError, apiFetch } from "@/lib/client/api";
import { auditKeys, decisionKeys, laneKeys } from "@/lib/client/keys";

/**
 * A write through /api/v1. On success every lane, decision and audit query is invalidated and
 * the server-rendered page is refreshed, so readiness, lane and release views show the change
 * without a manual reload. Errors stay ApiError so forms can place field errors and alerts.
 */
export function useLaneMutation<TInput, TResult = unknown>({
  path,
  method = "POST",
  onSuccess,
}: {
  path: string | ((input: TInput) => string);
  method?: string;
  onSuccess?: (result: TResult) => void;
}) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation<TResult, ApiError, TInput>({
    mutationFn: (input) => apiFetch<TResult>(typeof path === "function" ? path(input) : path, { method, body: input }),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: laneKeys.all }),
        queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
      router.refresh();
      onSuccess?.(result);
    },
  });
}
