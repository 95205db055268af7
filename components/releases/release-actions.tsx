"use client";

import { ZCloseRelease, ZDeployRelease, ZEditRelease, ZRollbackRelease } from "@/lib/schemas/release";
import type { ReleaseStatus } from "@/lib/domain/readiness/types";
import { formatInstant } from "@/lib/domain/format/format-instant";
import { ApiError } from "@/lib/client/api";
import { readForm } from "@/lib/client/form-values";
import { useApiForm } from "@/lib/client/use-api-form";
import { Disclosure } from "@/components/ui/disclosure";
import { InputField, SubmitButton } from "@/components/ui/field";
import { ProblemAlert, type StaleField } from "@/components/ui/problem-alert";
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
function staleFields(r: ReleaseSummary): StaleField[] {
  return [
    { key: "engineVersion", label: "Engine version", seen: r.engineVersion },
    { key: "notes", label: "Notes", seen: r.notes ?? "—" },
    { key: "deployedAt", label: "Deployed", seen: when(r.deployedAt), format: when },
    { key: "observationEndsAt", label: "Window ends", seen: when(r.observationEndsAt), format: when },
    { key: "rolledBackAt", label: "Rolled back", seen: when(r.rolledBackAt), format: when },
  ];
}

/**
 * The version to send: the one the user saw, or after a stale refusal the current one the API
 * returned, so saving again applies the user's (kept) input on top of what they were shown changed.
 */
function versionToSend(seen: number, error: unknown): number {
  if (error instanceof ApiError && error.code === "STALE_VERSION") {
    const current = error.body.current;
    if (typeof current === "object" && current !== null && "version" in current && typeof current.version === "number")
      return current.version;
  }
  return seen;
}

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

function DeployForm({ slug, release, close }: FormProps) {
  const form = useApiForm({
    schema: ZDeployRelease,
    path: releasePath(slug, release.label, "deploy"),
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Deploy release ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          version: versionToSend(release.version, form.error),
          observationWindowHours: f.number("observationWindowHours"),
          deployedAt: f.instant("deployedAt"),
        });
      }}
    >
      <p className="text-xs text-slate-600">
        Deploying starts the observation window. The lane&apos;s first deployment freezes the KPI targets in force.
      </p>
      <InputField
        label="Observation window (hours)"
        name="observationWindowHours"
        type="number"
        inputMode="numeric"
        defaultValue="168"
        error={form.fieldErrors.observationWindowHours}
        hint="168 hours = 7 days"
      />
      <InputField
        label="Deployed at (UTC, optional: now if empty)"
        name="deployedAt"
        type="datetime-local"
        error={form.fieldErrors.deployedAt}
      />
      <ProblemAlert error={form.error} staleFields={staleFields(release)} />
      <SubmitButton pending={form.pending}>Deploy {release.label}</SubmitButton>
    </form>
  );
}

function CloseForm({ slug, release, close }: FormProps) {
  const form = useApiForm({ schema: ZCloseRelease, path: releasePath(slug, release.label, "close"), onSuccess: close });
  return (
    <form
      aria-label={`Close the observation window of ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit({ version: versionToSend(release.version, form.error) });
      }}
    >
      <p className="text-xs text-slate-600">
        The window ends now (
        {release.observationEndsAt ? `instead of ${when(release.observationEndsAt)}` : "it has no end yet"}): the
        release is judged from now on.
      </p>
      <ProblemAlert error={form.error} staleFields={staleFields(release)} />
      <SubmitButton pending={form.pending}>Close window now</SubmitButton>
    </form>
  );
}

function RollbackForm({ slug, release, close }: FormProps) {
  const form = useApiForm({
    schema: ZRollbackRelease,
    path: releasePath(slug, release.label, "rollback"),
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Roll back release ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit({
          version: versionToSend(release.version, form.error),
          reason: readForm(e.currentTarget).text("reason"),
        });
      }}
    >
      <p className="text-xs text-slate-600">A rolled-back release is never stable: the streak starts again.</p>
      <InputField label="Reason" name="reason" error={form.fieldErrors.reason} />
      <ProblemAlert error={form.error} staleFields={staleFields(release)} />
      <SubmitButton pending={form.pending}>Record rollback</SubmitButton>
    </form>
  );
}

function EditForm({ slug, release, close }: FormProps) {
  const form = useApiForm({
    schema: ZEditRelease,
    path: releasePath(slug, release.label),
    method: "PATCH",
    onSuccess: close,
  });
  return (
    <form
      aria-label={`Edit release ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const f = readForm(e.currentTarget);
        form.submit({
          version: versionToSend(release.version, form.error),
          engineVersion: f.text("engineVersion"),
          notes: f.optionalText("notes"),
        });
      }}
    >
      <InputField
        label="Engine version"
        name="engineVersion"
        defaultValue={release.engineVersion}
        error={form.fieldErrors.engineVersion}
      />
      <InputField label="Notes" name="notes" defaultValue={release.notes ?? ""} error={form.fieldErrors.notes} />
      <ProblemAlert error={form.error} staleFields={staleFields(release)} />
      <SubmitButton pending={form.pending}>Save release</SubmitButton>
      <p className="text-xs text-slate-500">Editing version {versionToSend(release.version, form.error)}.</p>
    </form>
  );
}
