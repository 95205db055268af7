import type { Flag, Reason, Stage, Verdict } from "@/lib/domain/readiness/types";
import { STAGES } from "@/lib/domain/readiness/types";
import type { MainKpiSparkline } from "@/lib/domain/trends/build-main-kpi-sparkline";

/** One row of the readiness overview. */
export interface LaneSummary {
  slug: string;
  name: string;
  owningTeam: string;
  teamSlug: string;
  stage: Stage;
  plannerOwner: string | null;
  executorOwner: string | null;
  streak: number;
  requiredStreak: number;
  verdict: Verdict;
  topReason: Reason | null;
  reasonCount: number;
  flags: Flag[];
  /** Counted values of the lane's main KPI per release, for the sparkline column. */
  mainKpi?: MainKpiSparkline | null;
}

/** What filtering and sorting read of a row: the overview filters these before loading the rest. */
export type LaneKey = Pick<LaneSummary, "slug" | "name" | "owningTeam" | "teamSlug" | "stage" | "verdict" | "streak">;

export const SORT_KEYS = ["name", "stage", "verdict", "streak"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface LaneFilter {
  verdict: Verdict | null;
  stage: Stage | null;
  /** Part of the owning team's name, any case. */
  team?: string | null;
  /** Part of the lane's name or slug, any case. */
  search?: string | null;
  sort: SortKey;
  descending: boolean;
}

// STOP first when sorting by verdict: the most urgent lanes lead.
const VERDICT_ORDER: Record<Verdict, number> = { STOP: 0, HOLD: 1, READY: 2 };

const COMPARE: Record<SortKey, (a: LaneKey, b: LaneKey) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  stage: (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage),
  verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
  streak: (a, b) => a.streak - b.streak,
};

const contains = (text: string, part: string | null | undefined) =>
  !part || text.toLocaleLowerCase().includes(part.toLocaleLowerCase());

/** Every filter but the verdict: what the per-verdict counts are taken over. */
function matchesScope(r: LaneKey, filter: LaneFilter): boolean {
  return (
    (filter.stage === null || r.stage === filter.stage) &&
    (r.teamSlug === filter.team || contains(r.owningTeam, filter.team)) &&
    (contains(r.name, filter.search) || contains(r.slug, filter.search))
  );
}

/** Filters and sorts overview rows; ties fall back to the lane name (then slug) so the order is stable. */
export function filterLanes<R extends LaneKey>(rows: readonly R[], filter: LaneFilter): R[] {
  const kept = rows.filter((r) => (filter.verdict === null || r.verdict === filter.verdict) && matchesScope(r, filter));
  const sign = filter.descending ? -1 : 1;
  return kept.sort(
    (a, b) => sign * COMPARE[filter.sort](a, b) || a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug),
  );
}

export interface OverviewPage<R> {
  rows: R[];
  /** Lanes matching every filter. */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Lanes per verdict among those matching every filter but the verdict (the filter's choices). */
  counts: Record<Verdict, number>;
}

/** One page of the filtered, sorted overview; a page past the end is the last page. */
export function selectOverviewPage<R extends LaneKey>(
  rows: readonly R[],
  filter: LaneFilter,
  { page, pageSize }: { page: number; pageSize: number },
): OverviewPage<R> {
  const counts: Record<Verdict, number> = { READY: 0, HOLD: 0, STOP: 0 };
  for (const r of rows) if (matchesScope(r, filter)) counts[r.verdict] += 1;
  const kept = filterLanes(rows, filter);
  const pageCount = Math.max(1, Math.ceil(kept.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return {
    rows: kept.slice((current - 1) * pageSize, current * pageSize),
    total: kept.length,
    page: current,
    pageSize,
    pageCount,
    counts,
  };
}
