"use client";

import type { DeployForesightView } from "@/lib/views/deploy-foresight-view";
import { lazyClient } from "@/components/ui/lazy-client";
import { Disclosure } from "@/components/ui/disclosure";
import type { ReleaseSummary } from "@/components/releases/release-actions";
import type { Kpi } from "@/components/releases/measurement-forms";

// The buttons that open a release's forms. Each form (react-hook-form, zod and its route's schema)
// loads when its button is first pressed, not with the page: the lane page lists every release.
const PlanRelease = lazyClient(() =>
  import("@/components/releases/plan-release-form").then((m) => m.PlanReleaseFormBody),
);
const Deploy = lazyClient(() => import("@/components/releases/release-actions").then((m) => m.DeployForm));
const Close = lazyClient(() => import("@/components/releases/release-actions").then((m) => m.CloseForm));
const Rollback = lazyClient(() => import("@/components/releases/release-actions").then((m) => m.RollbackForm));
const Edit = lazyClient(() => import("@/components/releases/release-actions").then((m) => m.EditForm));
const Measurement = lazyClient(() => import("@/components/releases/measurement-forms").then((m) => m.MeasurementForm));
const Invalidate = lazyClient(() => import("@/components/releases/measurement-forms").then((m) => m.InvalidateForm));
const Incident = lazyClient(() => import("@/components/releases/incident-forms").then((m) => m.IncidentForm));
const Resolve = lazyClient(() => import("@/components/releases/incident-forms").then((m) => m.ResolveForm));
const Regression = lazyClient(() => import("@/components/releases/regression-forms").then((m) => m.RegressionForm));
const Recovery = lazyClient(() => import("@/components/releases/regression-forms").then((m) => m.RecoveryForm));

/** "Plan release" on the lane page: a release is planned first and judged once deployed. */
export function PlanReleaseForm({ slug, engineVersion }: { slug: string; engineVersion: string }) {
  return (
    <Disclosure label="Plan release">
      {(close) => <PlanRelease slug={slug} engineVersion={engineVersion} close={close} />}
    </Disclosure>
  );
}

/** Deploy, close the observation window, roll back and edit: each sends the version the user saw. */
export function ReleaseActions({
  slug,
  release,
  foresight,
}: {
  slug: string;
  release: ReleaseSummary;
  /** What deploying it now would do (null once deployed). */
  foresight: DeployForesightView | null;
}) {
  const deployed = release.deployedAt !== null;
  return (
    <div className="flex flex-wrap items-start gap-2" data-release-actions={release.label}>
      {!deployed ? (
        <Disclosure label="Deploy">
          {(close) => <Deploy slug={slug} release={release} close={close} foresight={foresight} />}
        </Disclosure>
      ) : null}
      {release.status === "IN_PROGRESS" && !release.rolledBackAt ? (
        <Disclosure label="Close window">{(close) => <Close slug={slug} release={release} close={close} />}</Disclosure>
      ) : null}
      {deployed && !release.rolledBackAt ? (
        <Disclosure label="Roll back" tone="danger">
          {(close) => <Rollback slug={slug} release={release} close={close} />}
        </Disclosure>
      ) : null}
      <Disclosure label="Edit release">{(close) => <Edit slug={slug} release={release} close={close} />}</Disclosure>
    </div>
  );
}

/** Record one KPI value; the KPI list is the targets of the version the release is judged by. */
export function AddMeasurementForm({ slug, label, kpis }: { slug: string; label: string; kpis: readonly Kpi[] }) {
  return (
    <Disclosure label="Add measurement">
      {(close) => <Measurement slug={slug} label={label} kpis={kpis} close={close} />}
    </Disclosure>
  );
}

/** Invalidate a measurement with a reason: it stays listed, struck through, and stops counting. */
export function InvalidateMeasurementForm({
  slug,
  id,
  description,
  version,
}: {
  slug: string;
  id: string;
  description: string;
  /** The record's version as shown: a change racing another one is refused (STALE_VERSION). */
  version: number;
}) {
  return (
    <Disclosure label="Invalidate" tone="danger">
      {(close) => <Invalidate slug={slug} id={id} description={description} version={version} close={close} />}
    </Disclosure>
  );
}

/** Link an incident to the release; P1/P2 make it unstable. */
export function AddIncidentForm({ slug, label }: { slug: string; label: string }) {
  return (
    <Disclosure label="Add incident">{(close) => <Incident slug={slug} label={label} close={close} />}</Disclosure>
  );
}

/** Record when an open incident was resolved. */
export function ResolveIncidentForm({
  slug,
  id,
  incidentRef,
  version,
}: {
  slug: string;
  id: string;
  incidentRef: string;
  /** The record's version as shown: a change racing another one is refused (STALE_VERSION). */
  version: number;
}) {
  return (
    <Disclosure label="Resolve">
      {(close) => <Resolve slug={slug} id={id} incidentRef={incidentRef} version={version} close={close} />}
    </Disclosure>
  );
}

/** Record an execution regression; its recovery time is judged against the lane's limit. */
export function AddRegressionForm({ slug, label }: { slug: string; label: string }) {
  return (
    <Disclosure label="Add regression">{(close) => <Regression slug={slug} label={label} close={close} />}</Disclosure>
  );
}

/** Record when an unrecovered regression recovered. */
export function RecordRecoveryForm({
  slug,
  id,
  summary,
  version,
}: {
  slug: string;
  id: string;
  summary: string;
  /** The record's version as shown: a change racing another one is refused (STALE_VERSION). */
  version: number;
}) {
  return (
    <Disclosure label="Record recovery">
      {(close) => <Recovery slug={slug} id={id} summary={summary} version={version} close={close} />}
    </Disclosure>
  );
}
