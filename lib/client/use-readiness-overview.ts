"use client";

import { useQuery } from "@tanstack/react-query";
import { type TReadinessOverview, ZReadinessOverview } from "@/lib/schemas/readiness";
import { apiFetch } from "@/lib/client/api";
import { laneKeys } from "@/lib/client/keys";

/** The readiness overview, seeded by the server render and polled while the page is open. */
export function useReadinessOverview(initialData: TReadinessOverview, refetchInterval = 15_000) {
  return useQuery({
    queryKey: laneKeys.overview(),
    queryFn: () => apiFetch("/api/v1/lanes", { schema: ZReadinessOverview }),
    initialData,
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
