"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { tokenKeys } from "@/lib/client/keys";

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { name: string; deactivated: boolean; hasRights: boolean };
  works: boolean;
};

/** A lane's CI tokens, or the all-lane tokens when `laneSlug` is null. */
export function useApiTokens(laneSlug: string | null) {
  return useQuery({
    queryKey: tokenKeys.list(laneSlug),
    queryFn: () =>
      apiFetch<{ tokens: ApiTokenView[] }>(
        `/api/v1/tokens${laneSlug ? `?lane=${encodeURIComponent(laneSlug)}` : ""}`,
      ).then((r) => r.tokens),
  });
}
