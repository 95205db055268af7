import Link from "next/link";
import type { KpiResult, ReleaseEvaluation } from "@/lib/domain/readiness/types";
import type { ReleaseView } from "@/lib/views/lane-view";
import { formatDuration } from "@/lib/domain/format/format-duration";
import { isPrioritySeverity } from "@/lib/domain/readiness/is-priority-severity";
import { isRecoverySlow } from "@/lib/domain/readiness/is-recovery-slow";
import { recoverySeconds } from "@/lib/domain/readiness/recovery-seconds";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { formatQuantity } from "@/lib/domain/format/format-quantity";
import { formatNumber } from "@/lib/domain/format/format-number";
import type { DeployForesightView } from "@/lib/views/deploy-foresight-view";
import { Badge } from "@/components/ui/badge";
import { ReasonList } from "@/components/lanes/reason-list";
import { ReleaseStatusBadge } from "@/components/releases/release-status-badge";
import {
  AddIncidentForm,
  AddMeasurementForm,
  AddRegressionForm,
  InvalidateMeasurementForm,
  RecordRecoveryForm,
  ReleaseActions,
  ResolveIncidentForm,
} from "@/components/releases/release-forms";

const cmp = (k: KpiResult, worse: boolean) => ((k.direction === "LOWER_IS_BETTER") !== worse ? "≤" : "≥");

function KpiTable({ kpis, planned }: { kpis: KpiResult[]; planned: boolean }) {
  if (planned)
    return (
      <p className="text-sm text-slate-500">
        Not deployed yet: the release will be judged against the KPI targets in force when it is deployed.
      </p>
    );
  if (kpis.length === 0)
    return <p className="text-sm text-slate-500">No KPI targets were in force when this release was deployed.</p>;
  return (
    <div className="relative overflow-x-auto" role="region" aria-label="KPI results" tabIndex={0}>
      {/* At phone width the columns a verdict needs (KPI, measured, target, result) stay; baseline and stop move out. */}
      <table className="min-w-full text-sm">
        <caption className="sr-only">KPI results</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-2 sm:pr-4 font-medium">
              KPI
            </th>
            <th scope="col" className="py-1 pr-2 sm:pr-4 font-medium">
              Measured
            </th>
            <th scope="col" className="py-1 pr-2 sm:pr-4 font-medium">
              Target
            </th>
            <th scope="col" className="hidden py-1 pr-2 sm:pr-4 font-medium sm:table-cell">
              Baseline
            </th>
            <th scope="col" className="hidden py-1 pr-2 sm:pr-4 font-medium sm:table-cell">
              Stop if
            </th>
            <th scope="col" className="py-1 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {kpis.map((k) => (
            <tr key={k.kpiKey} data-kpi={k.kpiKey}>
              <th scope="row" className="py-1.5 pr-2 sm:pr-4 text-left font-medium text-slate-800">
                {k.label}
              </th>
              <td className="py-1.5 pr-2 sm:pr-4 tabular-nums">
                {k.value === null ? (
                  <span className="text-slate-400">no measurement</span>
                ) : (
                  formatQuantity({ value: k.value, unit: k.unit })
                )}
                {k.source ? (
                  <span className="ml-1 block text-xs text-slate-500 sm:inline">({k.source.toLowerCase()})</span>
                ) : null}
              </td>
              <td className="py-1.5 pr-2 sm:pr-4 tabular-nums">
                {cmp(k, false)} {formatQuantity({ value: k.threshold, unit: k.unit })}
              </td>
              <td className="hidden py-1.5 pr-2 sm:pr-4 tabular-nums sm:table-cell">
                {formatQuantity({ value: k.baseline, unit: k.unit })}
              </td>
              <td className="hidden py-1.5 pr-2 sm:pr-4 tabular-nums sm:table-cell">
                {k.stopThreshold === null ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  `${k.direction === "LOWER_IS_BETTER" ? ">" : "<"} ${formatQuantity({ value: k.stopThreshold, unit: k.unit })}`
                )}
              </td>
              <td className="py-1.5">
                {k.stopBreached ? (
                  <Badge tone="red">stop breached</Badge>
                ) : k.met ? (
                  <Badge tone="green">pass</Badge>
                ) : (
                  <Badge tone="red">{k.value === null ? "missing" : "fail"}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReleaseDetail({
  laneSlug,
  release,
  evaluation,
  recoveryLimitSeconds,
  showAllMeasurements = false,
  editable = true,
  foresight = null,
}: {
  laneSlug: string;
  release: ReleaseView;
  evaluation: ReleaseEvaluation;
  recoveryLimitSeconds: number;
  showAllMeasurements?: boolean;
  /** Show the workflow buttons (deploy, close, roll back, edit) and, with showAllMeasurements, the record forms. */
  editable?: boolean;
  /** What deploying this planned release now would do (lib/domain/releases/foresee-deploy.ts). */
  foresight?: DeployForesightView | null;
}) {
  const recordForms = editable && showAllMeasurements;
  const kpiNames = new Map(evaluation.kpis.map((k) => [k.kpiKey, k]));
  const describe = (m: { kpiKey: string; value: number }) => {
    const kpi = kpiNames.get(m.kpiKey);
    return kpi
      ? `${kpi.label} ${formatQuantity({ value: m.value, unit: kpi.unit })}`
      : `${m.kpiKey} ${formatNumber(m.value)}`;
  };
  return (
    <article
      data-release={release.versionLabel}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="flex flex-wrap items-center gap-3">
        <h3 className="text-base font-semibold">
          <Link
            href={`/lanes/${laneSlug}/releases/${encodeURIComponent(release.versionLabel)}`}
            className="text-indigo-700 hover:underline"
          >
            {release.versionLabel}
          </Link>
        </h3>
        <ReleaseStatusBadge status={evaluation.status} />
        <span className="text-xs text-slate-500">
          {release.engineVersion}
          {release.deployedAt ? ` · deployed ${formatInstant(release.deployedAt)}` : " · not deployed"}
          {release.observationEndsAt ? ` · window ends ${formatInstant(release.observationEndsAt)}` : ""}
          {evaluation.targetVersion !== null ? ` · targets v${evaluation.targetVersion}` : ""}
        </span>
      </header>

      {editable ? (
        <ReleaseActions
          foresight={foresight}
          slug={laneSlug}
          release={{
            label: release.versionLabel,
            version: release.version,
            engineVersion: release.engineVersion,
            notes: release.notes,
            deployedAt: release.deployedAt?.toISOString() ?? null,
            observationEndsAt: release.observationEndsAt?.toISOString() ?? null,
            rolledBackAt: release.rolledBackAt?.toISOString() ?? null,
            status: evaluation.status,
          }}
        />
      ) : null}

      {release.rolledBackAt ? (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          Rolled back {formatInstant(release.rolledBackAt)}
          {release.rollbackReason ? `: ${release.rollbackReason}` : ""}
        </p>
      ) : null}

      <KpiTable kpis={evaluation.kpis} planned={evaluation.status === "PLANNED"} />
      {editable && !showAllMeasurements && release.deployedAt && !release.rolledBackAt ? (
        <AddMeasurementForm
          slug={laneSlug}
          label={release.versionLabel}
          kpis={evaluation.kpis.map((k) => ({ kpiKey: k.kpiKey, label: k.label, unit: k.unit }))}
        />
      ) : null}

      {showAllMeasurements ? (
        <div>
          <h4 className="mb-1 text-sm font-semibold text-slate-700">All measurements</h4>
          {release.measurements.length === 0 ? (
            <p className="text-sm text-slate-500">No measurements recorded.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {release.measurements.map((m) => {
                const counts = evaluation.kpis.some((k) => k.measurementId === m.id);
                const struck = m.invalidatedAt !== null;
                return (
                  <li key={m.id} className="flex flex-wrap items-center gap-2" data-measurement={m.id}>
                    <span className={struck ? "text-slate-400 line-through" : ""}>
                      {describe(m)} ({m.source.toLowerCase()}, {formatInstant(m.takenAt)})
                    </span>
                    {counts ? <Badge tone="green">counts</Badge> : null}
                    {m.source === "SYNTHETIC" ? <Badge tone="slate">synthetic: never counts</Badge> : null}
                    {struck ? (
                      <Badge tone="amber" title={m.invalidationReason ?? undefined}>
                        invalidated{m.invalidationReason ? `: ${m.invalidationReason}` : ""}
                      </Badge>
                    ) : null}
                    {!counts && !struck && m.source !== "SYNTHETIC" ? <Badge tone="slate">superseded</Badge> : null}
                    {recordForms && !struck ? (
                      <InvalidateMeasurementForm
                        slug={laneSlug}
                        id={m.id}
                        description={describe(m)}
                        version={m.version}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {recordForms && release.deployedAt ? (
            <div className="mt-2">
              <AddMeasurementForm
                slug={laneSlug}
                label={release.versionLabel}
                kpis={evaluation.kpis.map((k) => ({ kpiKey: k.kpiKey, label: k.label, unit: k.unit }))}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h4 className="mb-1 text-sm font-semibold text-slate-700">Incidents</h4>
          {release.incidents.length === 0 ? (
            <p className="text-sm text-slate-500">None linked.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {release.incidents.map((i) => (
                <li key={i.id} data-incident={i.ref}>
                  <Badge tone={isPrioritySeverity(i.severity) ? "red" : "slate"}>{i.severity}</Badge>{" "}
                  <span className="font-medium">{i.ref}</span> {i.title}
                  <span className="block text-xs text-slate-500">
                    opened {formatInstant(i.openedAt)}
                    {i.resolvedAt ? `, resolved ${formatInstant(i.resolvedAt)}` : ", unresolved"}
                  </span>
                  {recordForms && !i.resolvedAt ? (
                    <ResolveIncidentForm slug={laneSlug} id={i.id} incidentRef={i.ref} version={i.version} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {recordForms ? (
            <div className="mt-2">
              <AddIncidentForm slug={laneSlug} label={release.versionLabel} />
            </div>
          ) : null}
        </div>
        <div>
          <h4 className="mb-1 text-sm font-semibold text-slate-700">Regressions</h4>
          {release.regressions.length === 0 ? (
            <p className="text-sm text-slate-500">None recorded.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {release.regressions.map((g) => {
                const seconds = recoverySeconds(g);
                const slow = isRecoverySlow({ seconds, limitSeconds: recoveryLimitSeconds });
                return (
                  <li key={g.id}>
                    <span className="font-medium">{g.summary}</span>
                    {g.attributedTo ? (
                      <span className="ml-1 text-xs text-slate-500">({g.attributedTo.toLowerCase()})</span>
                    ) : null}
                    <span className="block text-xs text-slate-500">
                      detected {formatInstant(g.detectedAt)} ·{" "}
                      <span className={slow ? "font-medium text-red-700" : "text-emerald-700"}>
                        {seconds === null ? "not recovered" : `recovered in ${formatDuration(seconds)}`}
                      </span>{" "}
                      (limit {formatDuration(recoveryLimitSeconds)}){g.recoveredByRollback ? " · by rollback" : ""}
                      {g.planChange ? ` · plan change: ${g.planChange}` : ""}
                    </span>
                    {recordForms && !g.recoveredAt ? (
                      <RecordRecoveryForm slug={laneSlug} id={g.id} summary={g.summary} version={g.version} />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {recordForms ? (
            <div className="mt-2">
              <AddRegressionForm slug={laneSlug} label={release.versionLabel} />
            </div>
          ) : null}
        </div>
      </div>

      {evaluation.reasons.length ? (
        <div>
          <h4 className="mb-1 text-sm font-semibold text-slate-700">Why this release is not stable</h4>
          <ReasonList reasons={evaluation.reasons} />
        </div>
      ) : null}
    </article>
  );
}
