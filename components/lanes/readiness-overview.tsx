"use client";

import type { TOverviewQuery } from "@/lib/schemas/readiness";
import { useOverviewQuery } from "@/lib/client/use-overview-query";
import { type OverviewSnapshot, useReadinessOverview } from "@/lib/client/use-readiness-overview";
import { OrgRuleBanner } from "@/components/lanes/org-rule-banner";
import { ReadinessCards } from "@/components/lanes/readiness-cards";
import { ReadinessFilters } from "@/components/lanes/readiness-filters";
import { ReadinessPagination } from "@/components/lanes/readiness-pagination";
import { ReadinessTable } from "@/components/lanes/readiness-table";

/**
 * The readiness page body: one page of lanes, filtered, sorted and paged by the server, with the
 * state in the URL (shareable; the browser's history follows) and polled with the answer's ETag.
 */
export function ReadinessOverview({
  initial,
}: {
  /** The server's render: its overview and ETag, the query it read and from which search parameters. */
  initial: OverviewSnapshot & { search: string; query: TOverviewQuery; params: string };
}) {
  const [query, setQuery] = useOverviewQuery(initial);
  const { data, isPlaceholderData } = useReadinessOverview(query, initial);
  const overview = data?.overview ?? initial.overview;
  const change = (patch: Partial<TOverviewQuery>) => setQuery({ ...query, page: 1, ...patch });
  const onSort = (sort: TOverviewQuery["sort"]) =>
    change({ sort, order: query.sort === sort && query.order === "asc" ? "desc" : "asc" });

  return (
    <>
      <p className="text-sm text-slate-600">
        {overview.laneCount} lanes · {overview.counts.READY} ready · {overview.counts.HOLD} on hold ·{" "}
        {overview.counts.STOP} at stop
        {query.stage || query.team || query.q ? " (among the lanes the stage, team and search keep)" : ""}
      </p>
      <OrgRuleBanner rule={overview.orgRule} lanes={overview.orgRuleLanes} />
      <div className="space-y-3" aria-busy={isPlaceholderData}>
        <ReadinessFilters
          query={query}
          counts={overview.counts}
          total={overview.total}
          laneCount={overview.laneCount}
          onChange={change}
        />
        <ReadinessCards rows={overview.lanes} empty={overview.laneCount === 0} />
        <ReadinessTable rows={overview.lanes} query={query} onSort={onSort} empty={overview.laneCount === 0} />
        <ReadinessPagination
          page={overview.page}
          pageCount={overview.pageCount}
          total={overview.total}
          pageSize={overview.pageSize}
          onPage={(page) => setQuery({ ...query, page })}
        />
      </div>
    </>
  );
}
