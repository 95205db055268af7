"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { tokenKeys } from "@/lib/client/keys";

/** A lane's CI tokens, or the all-lane tokens when `laneSlug` is null. */
export function useApiTokens(laneSlug: string | null) {
  return useQuery({
    queryKey: tokenKeys.list(laneSlug),
    queryFn: () =>
      apiFetch(`/api/v1/tokens${laneSlug ? `?lane=${encodeURIComponent(laneSlug)}` : ""}`, {
        schema: () => import("@/lib/schemas/people").then((m) => m.ZApiTokenList),
      }).then((r) => r.tokens),
  });
}
