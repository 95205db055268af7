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

export const SORT_KEYS = ["name", "stage", "verdict", "streak"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface LaneFilter {
  verdict: Verdict | null;
  stage: Stage | null;
  sort: SortKey;
  descending: boolean;
}

// STOP first when sorting by verdict: the most urgent lanes lead.
const VERDICT_ORDER: Record<Verdict, number> = { STOP: 0, HOLD: 1, READY: 2 };

const COMPARE: Record<SortKey, (a: LaneSummary, b: LaneSummary) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  stage: (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage),
  verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
  streak: (a, b) => a.streak - b.streak,
};

/** Filters and sorts overview rows; ties fall back to the lane name so the order is stable. */
export function filterLanes(rows: readonly LaneSummary[], filter: LaneFilter): LaneSummary[] {
  const kept = rows.filter(
    (r) =>
      (filter.verdict === null || r.verdict === filter.verdict) && (filter.stage === null || r.stage === filter.stage),
  );
  const sign = filter.descending ? -1 : 1;
  return kept.sort((a, b) => sign * COMPARE[filter.sort](a, b) || a.name.localeCompare(b.name));
}
