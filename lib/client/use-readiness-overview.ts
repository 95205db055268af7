"use client";

import { useQuery } from "@tanstack/react-query";
import type { LaneSummary } from "@/lib/domain/overview/filter-lanes";
import type { OrgRuleState } from "@/lib/domain/readiness/evaluate-org-rule";
import { apiFetch } from "@/lib/client/api";
import { laneKeys } from "@/lib/client/keys";

export type ReadinessOverview = { lanes: LaneSummary[]; orgRule: OrgRuleState };

/** The readiness overview, seeded by the server render and polled while the page is open. */
export function useReadinessOverview(initialData: ReadinessOverview, refetchInterval = 15_000) {
  return useQuery({
    queryKey: laneKeys.overview(),
    queryFn: () => apiFetch<ReadinessOverview>("/api/v1/lanes"),
    initialData,
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
