"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TOverviewQuery, TReadinessOverview } from "@/lib/schemas/readiness";
import { apiFetchIfChanged } from "@/lib/client/api";
import { laneKeys } from "@/lib/client/keys";
import { toOverviewSearch } from "@/lib/client/overview-search";

export interface OverviewSnapshot {
  overview: TReadinessOverview;
  etag: string | null;
}

// The answer's schema loads with the first poll that brings a changed overview (a 304 needs none).
const schema = () => import("@/lib/schemas/readiness").then((m) => m.ZReadinessOverview);

/**
 * One page of the readiness overview for `query`, seeded by the server render when it asked the same,
 * and polled while the page is open with the answer's ETag: an unchanged overview costs a 304.
 */
export function useReadinessOverview(
  query: TOverviewQuery,
  initial: OverviewSnapshot & { search: string },
  refetchInterval = 15_000,
) {
  const client = useQueryClient();
  const search = toOverviewSearch(query);
  const key = laneKeys.overview({ ...query });
  return useQuery({
    queryKey: key,
    queryFn: async (): Promise<OverviewSnapshot> => {
      const previous = client.getQueryData<OverviewSnapshot>(key);
      const answer = await apiFetchIfChanged(`/api/v1/lanes${search}`, { schema, etag: previous?.etag ?? null });
      if (answer === null && previous) return previous;
      if (answer === null) throw new Error("The overview answered 304 to a request that named no ETag.");
      return { overview: answer.data, etag: answer.etag };
    },
    initialData: search === initial.search ? { overview: initial.overview, etag: initial.etag } : undefined,
    placeholderData: keepPreviousData,
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
