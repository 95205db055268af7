"use client";

import Link from "next/link";
import type { LaneSummary, SortKey } from "@/lib/domain/overview/filter-lanes";
import type { TOverviewQuery } from "@/lib/schemas/readiness";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/lanes/stage-badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { LazySparkline as Sparkline } from "@/components/lanes/lazy-sparkline";
import { FLAG_TITLES } from "@/lib/domain/readiness/describe-flag-code";

function SortHeader({
  label,
  sortKey,
  query,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  query: TOverviewQuery;
  onSort: (key: SortKey) => void;
}) {
  const active = query.sort === sortKey;
  const descending = query.order === "desc";
  return (
    <th
      scope="col"
      aria-sort={active ? (descending ? "descending" : "ascending") : "none"}
      className="px-3 py-2 text-left font-medium"
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {label}
        <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>
          {active && descending ? "▼" : "▲"}
        </span>
      </button>
    </th>
  );
}

function Owner({ name, role }: { name: string | null; role: string }) {
  return name ? (
    <span>{name}</span>
  ) : (
    <Badge tone="red" title={`No accountable ${role} owner`}>
      missing
    </Badge>
  );
}

/** The overview's page of lanes as a table (from 640 px; phones get ReadinessCards). */
export function ReadinessTable({
  rows,
  query,
  onSort,
  empty,
}: {
  rows: LaneSummary[];
  query: TOverviewQuery;
  onSort: (key: SortKey) => void;
  /** No lane exists at all (rather than none matching the filters). */
  empty: boolean;
}) {
  return (
    <div className="hidden sm:block">
      <div
        role="region"
        aria-label="Lanes (the table scrolls sideways on small screens)"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <SortHeader label="Lane" sortKey="name" query={query} onSort={onSort} />
              <SortHeader label="Stage" sortKey="stage" query={query} onSort={onSort} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Planner owner
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Executor owner
              </th>
              <SortHeader label="Streak" sortKey="streak" query={query} onSort={onSort} />
              <SortHeader label="Verdict" sortKey="verdict" query={query} onSort={onSort} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Main KPI trend
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Top reason
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Flags
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.slug} data-lane={r.slug} className="align-top hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link href={`/lanes/${r.slug}`} className="font-medium text-indigo-700 hover:underline">
                    {r.name}
                  </Link>
                  <div className="text-xs text-slate-500">{r.owningTeam}</div>
                </td>
                <td className="px-3 py-2">
                  <StageBadge stage={r.stage} />
                </td>
                <td className="px-3 py-2">
                  <Owner name={r.plannerOwner} role="planner" />
                </td>
                <td className="px-3 py-2">
                  <Owner name={r.executorOwner} role="executor" />
                </td>
                <td
                  className="px-3 py-2 tabular-nums"
                  aria-label={`${r.streak} of ${r.requiredStreak} stable releases`}
                >
                  {r.streak}/{r.requiredStreak}
                </td>
                <td className="px-3 py-2">
                  <VerdictBadge verdict={r.verdict} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Sparkline kpi={r.mainKpi} />
                </td>
                <td className="min-w-56 max-w-md px-3 py-2 text-slate-700">
                  {r.topReason ? (
                    <>
                      <span>{r.topReason.message}</span>
                      {r.reasonCount > 1 ? (
                        <span className="ml-1 text-xs text-slate-500">(+{r.reasonCount - 1} more)</span>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-emerald-700">All gate rules pass</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap gap-1">
                    {r.flags.map((f) => (
                      <Badge key={f.code} tone="violet" title={f.message}>
                        {FLAG_TITLES[f.code]}
                      </Badge>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9} className="px-3 py-8 text-center text-slate-500">
                  {empty ? "No lanes yet." : "No lane matches these filters."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
