"use client";

import Link from "next/link";
import { useState } from "react";
import { filterLanes, type LaneFilter, type LaneSummary, type SortKey } from "@/lib/domain/overview/filter-lanes";
import { STAGES, type Verdict } from "@/lib/domain/readiness/types";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/lanes/stage-badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { Sparkline } from "@/components/charts/sparkline";
import { FLAG_TITLES } from "@/lib/domain/readiness/describe-flag-code";

const VERDICTS: Verdict[] = ["READY", "HOLD", "STOP"];

function SortHeader({
  label,
  sortKey,
  filter,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  filter: LaneFilter;
  onSort: (key: SortKey) => void;
}) {
  const active = filter.sort === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (filter.descending ? "descending" : "ascending") : "none"}
      className="px-3 py-2 text-left font-medium"
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {label}
        <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>
          {active && filter.descending ? "▼" : "▲"}
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

export function ReadinessTable({ rows }: { rows: LaneSummary[] }) {
  const [filter, setFilter] = useState<LaneFilter>({ verdict: null, stage: null, sort: "verdict", descending: false });
  const shown = filterLanes(rows, filter);
  const onSort = (sort: SortKey) =>
    setFilter((f) => ({ ...f, sort, descending: f.sort === sort ? !f.descending : false }));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Verdict</span>
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
            value={filter.verdict ?? ""}
            onChange={(e) => setFilter((f) => ({ ...f, verdict: (e.target.value || null) as Verdict | null }))}
          >
            <option value="">All verdicts</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Stage</span>
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
            value={filter.stage ?? ""}
            onChange={(e) => setFilter((f) => ({ ...f, stage: STAGES.find((s) => s === e.target.value) ?? null }))}
          >
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <p className="ml-auto text-slate-500" aria-live="polite">
          {shown.length} of {rows.length} lanes
        </p>
      </div>
      <div
        role="region"
        aria-label="Lanes (the table scrolls sideways on small screens)"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <SortHeader label="Lane" sortKey="name" filter={filter} onSort={onSort} />
              <SortHeader label="Stage" sortKey="stage" filter={filter} onSort={onSort} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Planner owner
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Executor owner
              </th>
              <SortHeader label="Streak" sortKey="streak" filter={filter} onSort={onSort} />
              <SortHeader label="Verdict" sortKey="verdict" filter={filter} onSort={onSort} />
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
            {shown.map((r) => (
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
            {shown.length === 0 ? (
              <tr>
                <td colSpan={9} className="px-3 py-8 text-center text-slate-500">
                  {rows.length === 0 ? "No lanes yet." : "No lane matches these filters."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
