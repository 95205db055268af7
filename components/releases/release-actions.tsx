"use client";

import { ZCloseRelease, ZDeployRelease, ZEditRelease, ZReleaseRecord, ZRollbackRelease } from "@/lib/schemas/release";
import type { ReleaseStatus } from "@/lib/domain/readiness/types";
import { formatInstant } from "@/lib/domain/format/format-instant";
import type { StaleField } from "@/lib/client/describe-stale-changes";
import { useApiForm } from "@/lib/client/use-api-form";
import { asNumber, asUtcDateTime, ConvertedField, InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { Disclosure } from "@/components/ui/disclosure";
import { releasePath } from "@/components/releases/release-paths";

/** What the actions need to know of a release; plain values so it crosses to the client. */
export interface ReleaseSummary {
  label: string;
  version: number;
  engineVersion: string;
  notes: string | null;
  deployedAt: string | null;
  observationEndsAt: string | null;
  rolledBackAt: string | null;
  status: ReleaseStatus;
}

const when = (value: unknown) => (typeof value === "string" ? formatInstant(new Date(value)) : "—");

/** What a stale save compares: the release as the user saw it against the current record. */
const STALE_FIELDS: readonly StaleField[] = [
  { key: "engineVersion", label: "Engine version" },
  { key: "notes", label: "Notes" },
  { key: "deployedAt", label: "Deployed", format: when },
  { key: "observationEndsAt", label: "Window ends", format: when },
  { key: "rolledBackAt", label: "Rolled back", format: when },
];

/** Deploy, close the observation window, roll back and edit: each sends the version the user saw. */
export function ReleaseActions({ slug, release }: { slug: string; release: ReleaseSummary }) {
  const deployed = release.deployedAt !== null;
  return (
    <div className="flex flex-wrap items-start gap-2" data-release-actions={release.label}>
      {!deployed ? (
        <Disclosure label="Deploy">{(close) => <DeployForm slug={slug} release={release} close={close} />}</Disclosure>
      ) : null}
      {release.status === "IN_PROGRESS" && !release.rolledBackAt ? (
        <Disclosure label="Close window">
          {(close) => <CloseForm slug={slug} release={release} close={close} />}
        </Disclosure>
      ) : null}
      {deployed && !release.rolledBackAt ? (
        <Disclosure label="Roll back" tone="danger">
          {(close) => <RollbackForm slug={slug} release={release} close={close} />}
        </Disclosure>
      ) : null}
      <Disclosure label="Edit release">
        {(close) => <EditForm slug={slug} release={release} close={close} />}
      </Disclosure>
    </div>
  );
}

type FormProps = { slug: string; release: ReleaseSummary; close: () => void };

const stale = (release: ReleaseSummary) => ({ seen: { ...release }, fields: STALE_FIELDS });

function DeployForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZDeployRelease,
    defaultValues: { version: release.version, observationWindowHours: 168 },
    path: releasePath(slug, release.label, "deploy"),
    response: ZReleaseRecord,
    stale: stale(release),
    onSuccess: close,
  });
  const { control } = kit.form;
  return (
    <form aria-label={`Deploy release ${release.label}`} noValidate className="space-y-3" onSubmit={kit.submit}>
      <p className="text-xs text-slate-600">
        Deploying starts the observation window. The lane&apos;s first deployment freezes the KPI targets in force.
      </p>
      <ConvertedField
        control={control}
        name="observationWindowHours"
        label="Observation window (hours)"
        convert={asNumber}
        inputMode="numeric"
        hint="168 hours = 7 days"
      />
      <ConvertedField
        control={control}
        name="deployedAt"
        label="Deployed at (UTC, optional: now if empty)"
        type="datetime-local"
        convert={asUtcDateTime}
      />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Deploy {release.label}</SubmitButton>
    </form>
  );
}

function CloseForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZCloseRelease,
    defaultValues: { version: release.version },
    path: releasePath(slug, release.label, "close"),
    response: ZReleaseRecord,
    stale: stale(release),
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Close the observation window of ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={kit.submit}
    >
      <p className="text-xs text-slate-600">
        The window ends now (
        {release.observationEndsAt ? `instead of ${when(release.observationEndsAt)}` : "it has no end yet"}): the
        release is judged from now on.
      </p>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Close window now</SubmitButton>
    </form>
  );
}

function RollbackForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZRollbackRelease,
    defaultValues: { version: release.version, reason: "" },
    path: releasePath(slug, release.label, "rollback"),
    response: ZReleaseRecord,
    stale: stale(release),
    onSuccess: close,
  });
  return (
    <form aria-label={`Roll back release ${release.label}`} noValidate className="space-y-3" onSubmit={kit.submit}>
      <p className="text-xs text-slate-600">A rolled-back release is never stable: the streak starts again.</p>
      <InputField label="Reason" {...kit.field("reason")} />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Record rollback</SubmitButton>
    </form>
  );
}

function EditForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZEditRelease,
    defaultValues: {
      version: release.version,
      engineVersion: release.engineVersion,
      notes: release.notes ?? undefined,
    },
    path: releasePath(slug, release.label),
    method: "PATCH",
    response: ZReleaseRecord,
    stale: stale(release),
    onSuccess: close,
  });
  return (
    <form aria-label={`Edit release ${release.label}`} noValidate className="space-y-3" onSubmit={kit.submit}>
      <InputField label="Engine version" {...kit.field("engineVersion")} />
      <InputField label="Notes" {...kit.field("notes", { optional: true })} />
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Save release</SubmitButton>
      <p className="text-xs text-slate-500">Editing version {kit.form.watch("version")}.</p>
    </form>
  );
}
