import Link from "next/link";
import type { TTeamRollup } from "@/lib/schemas/team";
import { formatDuration } from "@/lib/domain/format/format-duration";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import { TEAM_LANE_SORTS, type TeamLaneSort, sortTeamLanes } from "@/lib/domain/teams/sort-team-lanes";
import { StageBadge } from "@/components/lanes/stage-badge";
import { VerdictBadge } from "@/components/lanes/verdict-badge";
import { SortForm } from "@/components/ui/sort-form";

type Lane = TTeamRollup["lanes"][number];

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
const duration = (seconds: number | null) => (seconds === null ? "—" : formatDuration(seconds));
const days = (seconds: number | null) =>
  seconds === null ? "not yet" : seconds >= 86_400 ? `${(seconds / 86_400).toFixed(1)} days` : formatDuration(seconds);
const SORT_LABELS: Record<TeamLaneSort, string> = {
  verdict: "Verdict",
  name: "Name",
  streak: "Streak",
  failure: "Change failure",
  recovery: "Time to recover",
};
const TONE = { better: "text-emerald-700", worse: "text-red-700", same: "text-slate-600", none: "text-slate-400" };
const toneOf = (fraction: number | null) =>
  fraction === null ? TONE.none : fraction > 0 ? TONE.better : fraction < 0 ? TONE.worse : TONE.same;

function Kpi({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={testId}>
      <div className="text-xs font-medium text-slate-500">{label}</div>
      <div className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</div>
      <div className="text-xs text-slate-500">{detail}</div>
    </div>
  );
}

function MainKpi({ lane }: { lane: Lane }) {
  if (!lane.mainKpi) return <span className="text-slate-400">—</span>;
  const k = lane.mainKpi;
  return (
    <span>
      {k.label}: {k.value === null ? "no value" : formatQuantity({ value: k.value, unit: k.unit })}{" "}
      <span className={`font-medium ${toneOf(k.improvement.fraction)}`}>({k.improvement.text} vs baseline)</span>
    </span>
  );
}

/** A team's roll-up: the Four Keys in the gate's terms, then its lanes (sortable, the sort in the URL). */
export function TeamRollupView({ rollup, sort }: { rollup: TTeamRollup; sort: TeamLaneSort }) {
  const lanes = sortTeamLanes(rollup.lanes, sort);
  const s = rollup.incidentsBySeverity;
  return (
    <div className="space-y-5">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Kpi
          testId="kpi-verdicts"
          label="Verdicts"
          value={`${rollup.verdicts.READY} ready`}
          detail={`${rollup.verdicts.HOLD} hold · ${rollup.verdicts.STOP} stop`}
        />
        <Kpi
          testId="kpi-time-to-ready"
          label="First deploy → READY"
          value={days(rollup.meanTimeToReadySeconds)}
          detail={`mean over ${rollup.lanesReady} of ${rollup.lanes.length} lanes that got there`}
        />
        <Kpi
          testId="kpi-change-failure"
          label="Change failure rate"
          value={percent(rollup.changeFailure.rate)}
          detail={`${rollup.changeFailure.unstable} unstable of ${rollup.changeFailure.closed} closed releases`}
        />
        <Kpi
          testId="kpi-recovery"
          label="Mean time to recover"
          value={duration(rollup.recovery.meanSeconds)}
          detail={`${rollup.recovery.resolved} resolved incidents${rollup.recovery.open ? ` · ${rollup.recovery.open} open` : ""}`}
        />
        <Kpi
          testId="kpi-incidents"
          label="Incidents by severity"
          value={`${s.P1 + s.P2} priority`}
          detail={`P1 ${s.P1} · P2 ${s.P2} · P3 ${s.P3} · P4 ${s.P4}`}
        />
      </div>

      <SortForm
        id="team-lanes-sort"
        label="Sort lanes by"
        formLabel="Sort lanes"
        value={sort}
        keys={TEAM_LANE_SORTS}
        labels={SORT_LABELS}
      />

      {lanes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          This team owns no lane yet.
        </p>
      ) : (
        <ul aria-label="Lanes of the team" className="grid gap-3 md:grid-cols-2">
          {lanes.map((l) => (
            <li key={l.slug} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-lane={l.slug}>
              <div className="flex flex-wrap items-center gap-2">
                <VerdictBadge verdict={l.verdict} />
                <Link href={`/lanes/${l.slug}`} className="font-medium text-slate-900 hover:underline">
                  {l.name}
                </Link>
                <StageBadge stage={l.stage} />
                <span className="ml-auto text-sm tabular-nums text-slate-600">
                  streak {l.streak}/{l.requiredStreak}
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
                <dt className="text-slate-500">First deploy → READY</dt>
                <dd className="tabular-nums">{l.firstDeployAt ? days(l.timeToReadySeconds) : "not deployed"}</dd>
                <dt className="text-slate-500">Change failure</dt>
                <dd className="tabular-nums">
                  {percent(l.changeFailure.rate)}{" "}
                  <span className="text-slate-500">
                    ({l.changeFailure.unstable}/{l.changeFailure.closed})
                  </span>
                </dd>
                <dt className="text-slate-500">Time to recover</dt>
                <dd className="tabular-nums">{duration(l.recovery.meanSeconds)}</dd>
                <dt className="text-slate-500">Incidents</dt>
                <dd className="tabular-nums">
                  P1 {l.incidentsBySeverity.P1} · P2 {l.incidentsBySeverity.P2} · P3 {l.incidentsBySeverity.P3} · P4{" "}
                  {l.incidentsBySeverity.P4}
                </dd>
                <dt className="text-slate-500">Main KPI</dt>
                <dd>
                  <MainKpi lane={l} />
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
