"use client";

import Link from "next/link";
import type { LaneSummary } from "@/lib/domain/overview/filter-lanes";
import { FLAG_TITLES } from "@/lib/domain/readiness/describe-flag-code";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/lanes/stage-badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";

/** Phones (under 640 px): the page of lanes as cards, the verdict first, nothing scrolls sideways. */
export function ReadinessCards({ rows, empty }: { rows: LaneSummary[]; empty: boolean }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-3 py-6 text-center text-sm text-slate-500 sm:hidden">
        {empty ? "No lanes yet." : "No lane matches these filters."}
      </p>
    );
  return (
    <ul aria-label="Lanes" className="space-y-2 sm:hidden">
      {rows.map((r) => (
        <li
          key={r.slug}
          data-lane={r.slug}
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
        >
          <div className="flex items-center gap-2">
            <VerdictBadge verdict={r.verdict} />
            <Link href={`/lanes/${r.slug}`} className="min-w-0 truncate font-medium text-indigo-700 hover:underline">
              {r.name}
            </Link>
          </div>
          <p className="mt-1 break-words text-slate-700">
            {r.topReason ? (
              <>
                {r.topReason.message}
                {r.reasonCount > 1 ? (
                  <span className="ml-1 text-xs text-slate-500">(+{r.reasonCount - 1} more)</span>
                ) : null}
              </>
            ) : (
              <span className="text-emerald-700">All gate rules pass</span>
            )}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-600">
            <div>
              <dt className="sr-only">Stage</dt>
              <dd>
                <StageBadge stage={r.stage} />
              </dd>
            </div>
            <div>
              <dt className="inline">Streak </dt>
              <dd className="inline tabular-nums" aria-label={`${r.streak} of ${r.requiredStreak} stable releases`}>
                {r.streak}/{r.requiredStreak}
              </dd>
            </div>
            <div className="min-w-0">
              <dt className="inline">Planner </dt>
              <dd className="inline break-words">{r.plannerOwner ?? <Badge tone="red">missing</Badge>}</dd>
            </div>
            <div className="min-w-0">
              <dt className="inline">Executor </dt>
              <dd className="inline break-words">{r.executorOwner ?? <Badge tone="red">missing</Badge>}</dd>
            </div>
            <div className="col-span-2 break-words">
              <dt className="sr-only">Team</dt>
              <dd>{r.owningTeam}</dd>
            </div>
          </dl>
          {r.flags.length ? (
            <div className="mt-2 flex flex-wrap gap-1">
              {r.flags.map((f) => (
                <Badge key={f.code} tone="violet" title={f.message}>
                  {FLAG_TITLES[f.code]}
                </Badge>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
