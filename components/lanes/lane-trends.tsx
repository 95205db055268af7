import { formatImprovement } from "@/lib/domain/format/format-improvement";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { filterTrendRange, parseTrendRange } from "@/lib/domain/trends/filter-trend-range";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import type { LaneData, LaneEvaluation } from "@/lib/domain/readiness/types";
import { buildIncidentSeries } from "@/lib/domain/trends/build-incident-series";
import { buildKpiSeries } from "@/lib/domain/trends/build-kpi-series";
import { buildRecoverySeries } from "@/lib/domain/trends/build-recovery-series";
import { buildStreakSeries } from "@/lib/domain/trends/build-streak-series";
import type { ReadinessChangeEntry } from "@/lib/domain/trends/history-types";
import { ChartFrame } from "@/components/charts/chart-frame";
// The charts load when they come into view (lazy-charts.tsx), outside the first-load bundle.
import {
  LazyIncidentsChart as IncidentsChart,
  LazyKpiTrendChart as KpiTrendChart,
  LazyRecoveryChart as RecoveryChart,
  LazyStreakChart as StreakChart,
} from "@/components/charts/lazy-charts";
import { TrendRangeForm } from "@/components/lanes/trend-range-form";

const shortDate = (d: Date) =>
  formatInstant(d)
    .replace(/ \d{4},/, ",")
    .replace(" UTC", "");

/**
 * The lane's trends: each KPI, incidents, recovery times and the streak, each with its data table,
 * for the date range in the URL (`from`, `to`: shareable like every filter). Rendered on the server
 * (the range form is a plain GET form); only the charts are client code, loaded when in view.
 */
export function LaneTrends({
  lane: fullLane,
  evaluation,
  history: fullHistory,
  now,
  params,
}: {
  lane: LaneData;
  evaluation: LaneEvaluation;
  history: ReadinessChangeEntry[];
  now: Date;
  /** The page's search parameters. */
  params: URLSearchParams;
}) {
  const range = parseTrendRange({ from: params.get("from"), to: params.get("to") });
  const inRange = filterTrendRange({ releases: fullLane.releases, history: fullHistory, range });
  const lane = { ...fullLane, releases: inRange.releases };
  const history = inRange.history;
  const kpis = buildKpiSeries({ lane, evaluation });
  const incidents = buildIncidentSeries({ releases: lane.releases });
  const recovery = buildRecoverySeries({
    releases: lane.releases,
    recoveryLimitSeconds: lane.policy.recoveryLimitSeconds,
    now,
  });
  const streak = buildStreakSeries({ history });
  const q = (value: number | null, unit: string) => (value === null ? "—" : formatQuantity({ value, unit }));
  const onePoint = (n: number, what: string) =>
    n === 1 ? `Only one ${what} so far: the trend starts here.` : undefined;

  return (
    <section aria-labelledby="trends-title" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="trends-title" className="text-lg font-semibold">
          Trends
        </h2>
        <TrendRangeForm from={params.get("from") ?? ""} to={params.get("to") ?? ""} keep={params} />
      </div>
      {kpis.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          No KPI targets are defined yet, so there is no KPI to chart.
        </p>
      ) : null}
      <div className="grid gap-4">
        {kpis.map((s) => (
          <ChartFrame
            key={s.kpiKey}
            id={`kpi-${s.kpiKey}`}
            title={`${s.label} per release (${s.unit})`}
            description={
              onePoint(s.rows.length, "deployed release") ??
              `${s.direction === "LOWER_IS_BETTER" ? "Lower" : "Higher"} is better. Only the counted value draws the line; synthetic, invalidated and superseded measurements are marked apart.`
            }
            empty={
              s.rows.length === 0 ? "No release has been deployed yet: values appear here once one is measured." : null
            }
            table={{
              caption: `${s.label} per release`,
              columns: [
                "Release",
                "Counted value",
                "Baseline",
                "Target",
                "Stop threshold",
                "Not counted",
                "vs baseline",
              ],
              rows: s.rows.map((r) => [
                r.label,
                q(r.value, s.unit),
                q(r.baseline, s.unit),
                q(r.target, s.unit),
                q(r.stop, s.unit),
                r.excluded.map((e) => `${q(e.value, s.unit)} (${e.reason})`).join("; ") || "—",
                formatImprovement({ value: r.value, baseline: r.baseline, direction: s.direction }).text,
              ]),
            }}
          >
            <KpiTrendChart series={s} />
          </ChartFrame>
        ))}
        <ChartFrame
          id="incidents"
          title="Incidents per release, by severity"
          description={onePoint(incidents.length, "deployed release")}
          empty={
            incidents.length === 0
              ? "No release has been deployed yet."
              : incidents.every((r) => r.total === 0)
                ? "No incident has been linked to a deployed release."
                : null
          }
          table={{
            caption: "Incidents per release by severity",
            columns: ["Release", "P1", "P2", "P3", "P4", "Total"],
            rows: incidents.map((r) => [r.label, r.P1, r.P2, r.P3, r.P4, r.total]),
          }}
        >
          <IncidentsChart rows={incidents} />
        </ChartFrame>
        <ChartFrame
          id="recovery"
          title={`Regression recovery time (min) against the ${recovery.limitMinutes}-minute limit`}
          description={onePoint(recovery.rows.length, "regression")}
          empty={recovery.rows.length === 0 ? "No regression has been recorded: nothing to recover from." : null}
          table={{
            caption: "Regression recovery times",
            columns: ["Regression", "Summary", "Detected (UTC)", "Recovery", "Within limit"],
            rows: recovery.rows.map((r) => [
              r.label,
              r.summary,
              shortDate(r.detectedAt),
              r.minutes === null ? "not recovered" : `${r.minutes} min${r.recoveredByRollback ? " (rollback)" : ""}`,
              r.overLimit ? "no" : "yes",
            ]),
          }}
        >
          <RecoveryChart rows={recovery.rows} limitMinutes={recovery.limitMinutes} />
        </ChartFrame>
        <ChartFrame
          id="streak"
          title="Stable streak over time (releases)"
          description={onePoint(streak.length, "recorded streak")}
          empty={
            streak.length === 0
              ? "No readiness change has been recorded yet: the streak appears after the first change to this lane."
              : null
          }
          table={{
            caption: "Stable streak after each change",
            columns: ["When (UTC)", "Streak", "Verdict", "Cause"],
            rows: streak.map((p) => [shortDate(p.at), p.streak, p.verdict, p.cause]),
          }}
        >
          <StreakChart
            points={streak.map((p) => ({
              when: shortDate(p.at),
              streak: p.streak,
              verdict: p.verdict,
              cause: p.cause,
            }))}
            required={lane.policy.requiredStableReleases}
          />
        </ChartFrame>
      </div>
    </section>
  );
}
