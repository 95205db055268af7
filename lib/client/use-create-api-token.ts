"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { tokenKeys } from "@/lib/client/keys";
import type { TCreateApiToken } from "@/lib/schemas/people";

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateApiToken) =>
      apiFetch<{ id: string; name: string; token: string }>("/api/v1/tokens", { method: "POST", body: input }),
    onSuccess: (_data, input) => qc.invalidateQueries({ queryKey: tokenKeys.list(input.lane) }),
  });
}
