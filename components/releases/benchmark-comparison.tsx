import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { queryKey } from "@/lib/domain/benchmarks/query-key";
import type { ChangeStatistics, QueryComparison } from "@/lib/domain/benchmarks/types";
import { OperatorMoves } from "@/components/releases/release-plans-card";
import type { BenchmarkEvidenceView, ReleasePlanView } from "@/lib/views/release-evidence-view";
import type { KpiResult } from "@/lib/domain/readiness/types";
import { formatQuantity } from "@/lib/domain/format/format-quantity";

const VERDICT: Record<QueryComparison["verdict"], { label: string; tone: BadgeTone }> = {
  faster: { label: "faster", tone: "green" },
  slower: { label: "slower", tone: "red" },
  no_change: { label: "no significant change", tone: "slate" },
  too_few_samples: { label: "too few samples", tone: "amber" },
  incomparable: { label: "incomparable", tone: "amber" },
};

const ms = (value: number | null) =>
  value === null ? "FAILED" : `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} ms`;
const pct = (change: number | null) =>
  change === null ? "–" : `${change < 1 ? "−" : "+"}${Math.abs((change - 1) * 100).toFixed(1)}%`;
const interval = (s: ChangeStatistics | null) =>
  s?.ciLow != null && s.ciHigh != null ? `${pct(s.ciLow)} to ${pct(s.ciHigh)}` : "–";

/** The candidate run of a release against the lane's baseline: per query, then the workload. */
export function BenchmarkComparison({
  benchmark,
  plans = [],
  kpis,
}: {
  benchmark: BenchmarkEvidenceView;
  plans?: ReleasePlanView[];
  /** The gate's results for this release: the one source of the target and whether it is met. */
  kpis: KpiResult[];
}) {
  const { comparison, kpi, measurement } = benchmark;
  // A query's ANALYZE plan, pushed under any of its names (q5, Query 5, tpch/Q05_sf1).
  const operatorsOf = new Map(plans.filter((p) => p.operators.length).map((p) => [queryKey(p.queryName), p]));
  const w = comparison.workload;
  const recordedInterval = measurement?.interval ?? null;
  // The target and its verdict are the gate's (the KPI row above), never recomputed here: the gate
  // judges the release's counting measurement against the target version in force at deployment.
  const judged = kpis.find((k) => k.kpiKey === (measurement?.kpiKey ?? kpi?.kpiKey)) ?? null;
  const counted = judged !== null && measurement !== null && judged.measurementId === measurement.id;
  const q = (value: number) => formatQuantity({ value, unit: judged?.unit ?? "ms" });
  return (
    <Card id="release-benchmark" title="Benchmark comparison with the lane's baseline">
      <p className="text-sm text-slate-600">
        Candidate run{benchmark.candidate.label ? ` ${benchmark.candidate.label}` : ""} ({benchmark.candidate.format},
        pushed {formatInstant(benchmark.candidate.createdAt)}) against the baseline pushed{" "}
        {formatInstant(benchmark.baseline.createdAt)}. Per query: every sample of both runs, a Mann-Whitney test and the
        change&apos;s 95% confidence interval; faster or slower means significant (p &lt; 0.05) and beyond ±
        {Math.round(comparison.noiseThreshold * 100)}%.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" data-testid="workload-total">
        <div>
          <dt className="text-xs text-slate-500">Workload (candidate)</dt>
          <dd className="font-semibold">{ms(w.candidateTotalMs)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Baseline</dt>
          <dd className="font-semibold">{ms(w.baselineTotalMs)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Change</dt>
          <dd className="font-semibold">
            {pct(w.change)}{" "}
            {w.verdict ? <Badge tone={VERDICT[w.verdict].tone}>{VERDICT[w.verdict].label}</Badge> : null}
            <span className="block text-xs font-normal text-slate-500">95% CI {interval(w.statistics)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Latency KPI from this run</dt>
          <dd className="font-semibold">
            {measurement ? q(measurement.value) : "none from this run"}
            {recordedInterval ? (
              <span className="block text-xs font-normal text-slate-500" data-testid="kpi-interval">
                {Math.round(recordedInterval.confidence * 100)}% CI {q(recordedInterval.low)} –{" "}
                {q(recordedInterval.high)}
              </span>
            ) : null}
            {kpi ? (
              <span className="block text-xs font-normal text-slate-500">
                KPI baseline {q(kpi.baseline)} × workload ratio
              </span>
            ) : null}
          </dd>
        </div>
        <div data-testid="benchmark-target">
          <dt className="text-xs text-slate-500">Target (the gate&apos;s)</dt>
          <dd className="font-semibold">
            {judged === null ? (
              "no latency target"
            ) : (
              <>
                {judged.direction === "LOWER_IS_BETTER" ? "≤" : "≥"} {q(judged.threshold)}{" "}
                <Badge tone={judged.met ? "green" : judged.value === null ? "amber" : "red"}>
                  {judged.stopBreached
                    ? "stop breached"
                    : judged.met
                      ? "pass"
                      : judged.value === null
                        ? "missing"
                        : "fail"}
                </Badge>
                <span className="block text-xs font-normal text-slate-500">
                  {judged.value === null
                    ? "no counting measurement yet"
                    : counted
                      ? `judged on this run's ${q(judged.value)}`
                      : `judged on ${q(judged.value)} (${judged.source?.toLowerCase() ?? "another"} measurement, the latest that counts), not on this run`}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
      {w.incomparable + comparison.unmatched.baselineOnly.length + comparison.unmatched.candidateOnly.length > 0 ? (
        <p className="mt-2 text-sm text-amber-800">
          Totals cover the {w.comparableQueries} queries both runs completed; incomplete comparisons record no latency
          measurement.
        </p>
      ) : null}
      <div
        className="mt-4 overflow-x-auto"
        role="region"
        aria-label="Per-query comparison (scrolls sideways)"
        tabIndex={0}
      >
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Query</th>
              <th className="py-1 pr-3 text-right font-medium">Baseline median</th>
              <th className="py-1 pr-3 text-right font-medium">Candidate median</th>
              <th className="py-1 pr-3 text-right font-medium">Change</th>
              <th className="py-1 pr-3 text-right font-medium">95% CI</th>
              <th className="py-1 pr-3 text-right font-medium">Samples</th>
              <th className="py-1 font-medium">Verdict</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {comparison.queries.map((q, i) => (
              <tr key={`${q.queryId}-${i}`} data-query={q.queryId}>
                <td className="py-1 pr-3 font-mono text-xs">{q.queryId}</td>
                <td
                  className={`py-1 pr-3 text-right tabular-nums ${q.baselineMs === null ? "font-semibold text-red-700" : ""}`}
                >
                  {ms(q.baselineMs)}
                </td>
                <td
                  className={`py-1 pr-3 text-right tabular-nums ${q.candidateMs === null ? "font-semibold text-red-700" : ""}`}
                >
                  {ms(q.candidateMs)}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{pct(q.change)}</td>
                <td className="py-1 pr-3 text-right tabular-nums text-slate-600">{interval(q.statistics)}</td>
                <td
                  className="py-1 pr-3 text-right tabular-nums text-slate-600"
                  title={q.statistics?.pValue != null ? `p = ${q.statistics.pValue.toPrecision(2)}` : undefined}
                >
                  {q.statistics ? `${q.statistics.baselineSamples} / ${q.statistics.candidateSamples}` : "–"}
                </td>
                <td className="space-x-1 py-1">
                  <Badge tone={VERDICT[q.verdict].tone}>{VERDICT[q.verdict].label}</Badge>
                  {q.rowCountChanged ? (
                    <Badge tone="red" title={`${q.baselineRowCount} rows before, ${q.candidateRowCount} after`}>
                      row count {q.baselineRowCount} → {q.candidateRowCount}: possible result mismatch
                    </Badge>
                  ) : null}
                  {q.partial ? <Badge tone="amber">some runs failed</Badge> : null}
                  {operatorsOf.get(queryKey(q.queryId)) ? (
                    <OperatorMoves operators={operatorsOf.get(queryKey(q.queryId))?.operators ?? []} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {comparison.unmatched.baselineOnly.length + comparison.unmatched.candidateOnly.length > 0 ? (
        <p className="mt-2 text-xs text-slate-500">
          {comparison.unmatched.baselineOnly.length
            ? `Only in the baseline: ${comparison.unmatched.baselineOnly.join(", ")}. `
            : ""}
          {comparison.unmatched.candidateOnly.length
            ? `Only in the candidate: ${comparison.unmatched.candidateOnly.join(", ")}.`
            : ""}
        </p>
      ) : null}
    </Card>
  );
}
