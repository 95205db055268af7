"use client";

import { ZCloseRelease, ZDeployRelease, ZEditRelease, ZReleaseRecord, ZRollbackRelease } from "@/lib/schemas/release";
import type { ReleaseStatus } from "@/lib/domain/readiness/types";
import { formatInstant } from "@/lib/domain/format/format-instant";
import type { StaleField } from "@/lib/client/describe-stale-changes";
import { useApiForm } from "@/lib/client/use-api-form";
import { asNumber, asUtcDateTime, ConvertedField, InputField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { releasePath } from "@/components/releases/release-paths";
import { ConfirmCheck, useConfirmGate } from "@/components/forms/confirm-check";
import type { DeployForesightView } from "@/lib/views/deploy-foresight-view";

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

type FormProps = { slug: string; release: ReleaseSummary; close: () => void };

const stale = (release: ReleaseSummary) => ({ seen: { ...release }, fields: STALE_FIELDS });

export function DeployForm({ slug, release, close, foresight }: FormProps & { foresight: DeployForesightView | null }) {
  const kit = useApiForm({
    schema: ZDeployRelease,
    defaultValues: { version: release.version, observationWindowHours: 168 },
    path: releasePath(slug, release.label, "deploy"),
    response: ZReleaseRecord,
    success: `Release ${release.label} deployed: its observation window is open.`,
    stale: stale(release),
    onSuccess: close,
  });
  const gate = useConfirmGate(foresight?.needsConfirmation ?? false);
  const { control } = kit.form;
  return (
    <form
      aria-label={`Deploy release ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={gate.guard(kit.submit, () => kit.form.trigger())}
    >
      {foresight ? (
        <DeployForesight
          foresight={foresight}
          plansHref={`/lanes/${slug}/releases/${encodeURIComponent(release.label)}#add-plans`}
        />
      ) : null}
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
      <ConfirmCheck gate={gate}>
        Deploy {release.label} anyway{foresight?.newFlags.length ? ", raising the flags above for good" : ""}
        {foresight?.newReasons.length ? ", with the gate reasons above that no later change can clear" : ""}
        {foresight?.fromProposed ? ", while the lane is still Proposed" : ""}.
      </ConfirmCheck>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Deploy {release.label}</SubmitButton>
    </form>
  );
}

/** What the deploy will do, from the gate itself (foreseeDeploy), before it is done. */
function DeployForesight({ foresight, plansHref }: { foresight: DeployForesightView; plansHref: string }) {
  return (
    <div className="space-y-2 text-xs text-slate-700" data-testid="deploy-foresight">
      <p>
        Deploying starts the observation window.{" "}
        {foresight.judgedAgainst
          ? `${foresight.freezesTargets ? "It is the lane's first deployment: it freezes" : "It is judged against"} KPI target version ${foresight.judgedAgainst.version}${foresight.freezesTargets ? " (later changes need a new version approved by a platform lead)" : ""}:`
          : "No KPI targets are in force: nothing can be judged."}
      </p>
      {foresight.judgedAgainst ? (
        <ul className="list-disc pl-5">
          {foresight.judgedAgainst.targets.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      {foresight.fromProposed ? (
        <p className="rounded bg-amber-50 p-2 text-amber-900">
          This lane is still <strong>Proposed</strong>. Deploying from Proposed is allowed (a trial before Shadow), and
          it counts as the lane&apos;s first deployment: targets freeze and the flags below are raised as for any other.
        </p>
      ) : null}
      {foresight.newFlags.length || foresight.newReasons.length ? (
        <div className="rounded bg-amber-50 p-2 text-amber-900">
          <p className="font-semibold">Deploying now would raise:</p>
          <ul className="list-disc pl-5">
            {foresight.newFlags.map((f) => (
              <li key={f.code} data-foresight-code={f.code}>
                <code>{f.code}</code> (flag, never clears): {f.message}
              </li>
            ))}
            {foresight.newReasons.map((r) => (
              <li key={r.code} data-foresight-code={r.code}>
                <code>{r.code}</code> (blocks READY): {r.message} {r.fix}
              </li>
            ))}
          </ul>
          {foresight.newFlags.some((f) => f.code === "OBSERVABILITY_LATE") ? (
            <p className="mt-1">
              To avoid it, capture the target workload&apos;s plans first:{" "}
              <a href={plansHref} className="font-medium underline">
                add query plans to this release
              </a>
              , or push them from CI.
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-emerald-800">No flag or gate reason will be raised by this deployment.</p>
      )}
    </div>
  );
}

export function CloseForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZCloseRelease,
    defaultValues: { version: release.version },
    path: releasePath(slug, release.label, "close"),
    response: ZReleaseRecord,
    success: `Observation window of ${release.label} closed: the release is judged now.`,
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

export function RollbackForm({ slug, release, close }: FormProps) {
  const kit = useApiForm({
    schema: ZRollbackRelease,
    defaultValues: { version: release.version, reason: "" },
    path: releasePath(slug, release.label, "rollback"),
    response: ZReleaseRecord,
    success: `Release ${release.label} recorded as rolled back.`,
    stale: stale(release),
    onSuccess: close,
  });
  const gate = useConfirmGate(true);
  return (
    <form
      aria-label={`Roll back release ${release.label}`}
      noValidate
      className="space-y-3"
      onSubmit={gate.guard(kit.submit, () => kit.form.trigger())}
    >
      <InputField label="Reason" {...kit.field("reason")} />
      <ConfirmCheck gate={gate}>
        A rolled-back release is never stable: the lane&apos;s streak starts again from zero.
      </ConfirmCheck>
      <ProblemAlert {...kit.alert} />
      <SubmitButton pending={kit.pending}>Record rollback</SubmitButton>
    </form>
  );
}

export function EditForm({ slug, release, close }: FormProps) {
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
    success: `Release ${release.label} saved.`,
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
