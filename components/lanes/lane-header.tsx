import Link from "next/link";
import type { LaneEvaluation } from "@/lib/domain/readiness/types";
import type { LaneView } from "@/lib/views/lane-view";
import { StageBadge } from "@/components/lanes/stage-badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { LazyFollowButton as FollowButton } from "@/components/lanes/lazy-follow-button";

export function LaneHeader({ lane, evaluation }: { lane: LaneView; evaluation: LaneEvaluation }) {
  return (
    <header className="space-y-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/" className="hover:underline">
          Readiness
        </Link>{" "}
        <span aria-hidden>/</span> {lane.name}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{lane.name}</h1>
        <StageBadge stage={lane.stage} />
        <VerdictBadge verdict={evaluation.verdict} />
        <FollowButton slug={lane.slug} />
        <span
          className="text-sm tabular-nums text-slate-600"
          aria-label={`Stable streak ${evaluation.streak} of ${evaluation.requiredStreak}`}
        >
          streak {evaluation.streak}/{evaluation.requiredStreak}
        </span>
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{lane.workload}</p>
      <p className="text-xs text-slate-500">
        {lane.owningTeam} · {lane.engineVersion} · recovery limit {Math.round(lane.recoveryLimitSeconds / 60)} min ·
        drills expire after {lane.drillMaxAgeDays} days
      </p>
    </header>
  );
}
