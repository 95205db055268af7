"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { teamKeys } from "@/lib/client/keys";

/** The teams a lane can belong to (the lane form's team picker). */
export function useTeams() {
  return useQuery({
    queryKey: teamKeys.list(),
    queryFn: () => apiFetch("/api/v1/teams", { schema: () => import("@/lib/schemas/team").then((m) => m.ZTeamList) }),
    staleTime: 60_000,
  });
}
